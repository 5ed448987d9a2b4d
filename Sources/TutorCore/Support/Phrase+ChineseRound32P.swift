extension Phrase {
    /// The Chinese texts of `englishRound32P`.
    static let chineseRound32P: [Phrase: String] = [
        .noteTrackerUnregisteredTwice: "资源追踪器对每个名字只记一份，不管有几个进程登记过它；第一次注销就把它删掉了。{object} {registered}，随后 {first} 在 {t1} 注销了它，{second} 在 {t2} 又注销了一次，中间没有再登记：第二次注销已经没有东西可删，所以追踪器里出现了这个 KeyError。追踪器打印出回溯信息后会继续读下去。",
        .noteTrackerTwiceRegistered: "由 {at} 登记过",
        .noteTrackerTwiceNeverRegistered: "在记录里从未登记过",
    ]
}
