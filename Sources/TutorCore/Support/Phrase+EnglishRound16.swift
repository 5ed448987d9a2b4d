extension Phrase {
    /// The English texts of round 16: a join(timeout) on a consumer whose queue's every putter had ended, or on a child in a deadlock.
    static let englishRound16: [Phrase: String] = [
        .noteJoinGaveUpPuttersEnded: " Every process that put on {queue} had ended by then ({ended}): none of them is left to put more, an end signal included.",
        .noteJoinGaveUpPutterExited: "{who} exited with code {code} at {t}",
        .noteJoinGaveUpDeadlock: " It was in a deadlock: {parts}. Each waits for the next, in a circle, so none can go on: take locks in one fixed order everywhere, or never wait while holding one.",
        .noteJoinGaveUpFeederUnread: " {n} item{s} {name} put on {queue} {n?was|were} still unread (the first, {item}, put at {t}): its feeder thread can write no more than the pipe holds until a process reads from it, and {name} cannot exit before everything is written. Get the items before join() (the documented pitfall \"joining processes that use queues\").",
        .noteCyclePart: "{who} {what}",
        .noteCyclePartHolds: "{who} holds {held} and {what}",
    ]
}
