extension Phrase {
    /// The Chinese texts of `englishGaps14A`.
    static let chineseGaps14A: [Phrase: String] = [
        .evImapNeverRead: "{object} 结束：任务 {job} 已有 {n} 个结果返回，程序始终没有读取（池结束后，程序没有再从 imap() 的结果对象里读取任何结果）",
        .evImapLeftCollected: "程序不再持有任务 {job} 的 imap() 结果对象",
        .evImapLeftAtExit: "进程结束时仍持有任务 {job} 的 imap() 结果对象",
        .evImapLeftNothing: "：{object} 结束后，程序没有再从中读取，已返回的 {never} 个结果始终没有被读取",
        .evImapLeftReadAll: "：{object} 结束后，程序又从中读取了 {read} 个结果，没有留下未读的结果",
        .evImapLeftReadSome: "：{object} 结束后，程序又从中读取了 {read} 个结果；已返回的另外 {never} 个始终没有被读取",
        .summaryImapNeverRead: "；池结束时，已有 {n} 个结果返回，程序始终没有读取",
        .summaryImapReadAfter: "；池结束时，已有 {n} 个结果返回，尚未被读取：池结束后程序读取了它们（{read} 个）",
        .summaryImapReadAfterSome: "；池结束时，已有 {n} 个结果返回，尚未被读取：池结束后程序读取了 {read} 个，另有 {never} 个始终没有读取",
    ]
}
