extension Phrase {
    /// 守卫 25 的中文文本：`mp-tutor replay 文件夹`（各进程事件文件所在的文件夹）。
    static let chineseGuard25: [Phrase: String] = [
        .errEventsFolderUnreadable: "不是 mp-tutor 能读取的文件夹",
        .errEventsFolderNoProcess: "这里没有一个以可读的 \"proc\" 行开头的进程事件文件（*.jsonl）（有 {lost} 行或文件无法读取）",
    ]
}
