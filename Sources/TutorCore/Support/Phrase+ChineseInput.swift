extension Phrase {
    /// The Chinese texts of the progress file's errors and of `--set` and `simulate` given wrongly.
    static let chineseInput: [Phrase: String] = [
        .errProgressRemove: "无法删除 {path}：{reason}",
        .errProgressCannotKeep: "你的学习进度无法保存：{why}。课程照常运行；请修正这个文件夹的权限，或者把 XDG_STATE_HOME 设为一个你能写入的文件夹。",
        .errProgressUnreadable: "{path} 既读不了也挪不开；在此之前，你的学习进度不会被保存",
        .errQuizSave: "无法把你的测验得分保存到 {path}：{reason}",
        .errSetWithReplay: "--set 改变的是现场运行；--replay 播放的是录好的那次",
        .hintLeaveOneOut: "请去掉其中一个。",
        .errSetWithAll: "--set 只改变一课的参数：请写出课程名，不要用 --all",
        .errSetWithRecordDir: "--record-dir 按原样录制课程，不能和 --set 一起用",
        .hintRecordChangedRun: "改过参数的运行请用 'mp-tutor lesson <id> --set NAME=VALUE --record FILE' 录制。",
        .errPresentNeedsLesson: "present 需要一个课程名",
        .errSimulateNeedsWhat: "simulate 需要指明模拟什么：scheduling",
        .errUnknownSimulation: "没有叫 '{what}' 的模拟",
    ]
}
