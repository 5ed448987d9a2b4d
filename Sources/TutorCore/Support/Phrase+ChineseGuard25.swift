extension Phrase {
    /// 守卫 25 的中文文本：`mp-tutor replay 文件夹`（各进程事件文件所在的文件夹）。
    static let chineseGuard25: [Phrase: String] = [
        .errEventsFolderUnreadable: "不是 mp-tutor 能读取的文件夹",
        .errEventsFolderNoProcess: "这里没有任何进程事件文件（*.jsonl）以可读的 “proc” 行开头；有 {lost} 行或文件无法读取",
        .summaryTracerFramesPrinted: "上面提到 mptutor_trace/ 的行属于 mp-tutor 的追踪器，而不是你的程序：程序自己打印的调用栈（traceback.print_stack、faulthandler）会包含追踪器的栈帧，这些栈帧无法从程序的输出中去掉；不用追踪器运行时，这些栈帧不会出现",
    ]
}
