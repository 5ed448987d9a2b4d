extension Phrase {
    /// The Chinese texts of rare errors: starting a program, its descriptors, the terminal, quiz and present.
    static let chineseRunning: [Phrase: String] = [
        .errNotExecutable: "无法运行 '{program}'：它不是可执行文件。",
        .errNoExecutable: "无法运行 '{program}'：没有这个可执行文件。",
        .errNoExecutableOnPath: "无法运行 '{program}'：PATH 上没有这个可执行文件。",
        .errNoDirectory: "无法在 '{folder}' 里运行：没有这个文件夹。",
        .errNoInterpreter: "无法运行 '{program}'：{reason}（它 #! 行上写的解释器装了吗？）",
        .errCannotRun: "无法运行 '{program}'：{reason}",
        .errPipe: "无法创建管道：{reason}",
        .errOpenStdin: "无法把 {path} 打开为标准输入：{reason}",
        .errPassStdin: "无法把标准输入转交给程序：{reason}",
        .errMoveDescriptor: "无法移动文件描述符：{reason}",
        .errTerminalSettings: "无法读取终端设置",
        .errSingleKey: "无法把终端切换到单键输入模式",
        .errNoQuestions: "课程 '{lesson}' 没有提问",
        .errPresentNeedsTerminal: "present 需要一个终端（它要画满整个屏幕并读取按键）",
        .hintPresentPipe: "在管道里请用 'mp-tutor lesson {lesson}'。",
    ]
}
