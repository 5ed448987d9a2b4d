extension Phrase {
    /// English texts of round 35P: a queue's waits counted as calls when some of them gave up, so that "19 puts had to
    /// wait" no longer stands beside "11 puts" (the waits that timed out put nothing).
    static let englishRound35P: [Phrase: String] = [
        .summaryQueueWaitedCallsGaveUp: " · {putCalls} and {getCalls} had to wait ({putsThrough} and {getsThrough} then went through; {gaveUpPuts} and {gaveUpGets} gave up when their timeout ran out, putting or getting nothing)",
        .countPutCalls: "{n} put() call{s}",
        .countGetCalls: "{n} get() call{s}",
    ]
}
