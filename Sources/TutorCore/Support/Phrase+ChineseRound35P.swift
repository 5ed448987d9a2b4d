extension Phrase {
    /// 第 35P 轮的中文：队列的等待里有超时放弃的调用时，按调用次数来数。
    static let chineseRound35P: [Phrase: String] = [
        .summaryQueueWaitedCallsGaveUp: " · 有 {putCalls} 次 put() 调用和 {getCalls} 次 get() 调用要等待（其中 {putsThrough} 次放入和 {getsThrough} 次取出等到后完成；{gaveUpPuts} 次 put() 调用和 {gaveUpGets} 次 get() 调用等到超时后放弃，什么也没放入或取出）",
        .countPutCalls: "{n}",
        .countGetCalls: "{n}",
    ]
}
