extension Phrase {
    /// Chinese texts of gaps 27A (see `englishGaps27A`).
    static let chineseGaps27A: [Phrase: String] = [
        .evResultPolled: "从 {at} 起用 {call} 轮询 {task} 的结果 {n} 次：每次都是 {result}，直到这一次返回 {then}",
        .evResultPolledToEnd: "从 {at} 起用 {call} 轮询 {task} 的结果 {n} 次：每次都是 {result}，直到这个线程结束也没有变化",
        .evResultPolledRaised: "从 {at} 起对 {task} 的结果调用 {call} {n} 次：每次都抛出 {error}{why}，直到这一次返回 {then}",
        .evResultPolledRaisedToEnd: "从 {at} 起对 {task} 的结果调用 {call} {n} 次：每次都抛出 {error}{why}，直到这个线程结束也没有变化",
        .evResultPolledNotReady: "（它的结果还没有传回来：在此之前 successful() 都会抛出 ValueError）",
        .evResultPolledChanged: "对 {task} 的结果调用 {call}，这次返回 {then}，与上一次调用不同",
        .evWaitReasonBroken: "，因为 {object} 在 {t} 损坏了：它尚未完成的工作项都在那时以 BrokenProcessPool 结束，而不是得到结果",
        .evWaitReasonBrokenDied: "，因为 {object} 在 {t} 损坏了（{died}）：它尚未完成的工作项都在那时以 BrokenProcessPool 结束，而不是得到结果",
    ]
}
