extension Phrase {
    /// The English texts of round 28F (issue 11): concurrent.futures in services and scripts. A wait that timed out on
    /// work items shutdown(cancel_futures=True) had cancelled: on 3.11 wait() and as_completed() never count them done.
    static let englishRound28F: [Phrase: String] = [
        .evWaitReasonCancelledOne: ": work item {works} is one of them: shutdown(cancel_futures=True) cancelled it (at {t}) without notifying any waiter, and on this Python {call} counts a Future cancelled that way as never done",
        .evWaitReasonCancelledMany: ": work items {works} are among them: shutdown(cancel_futures=True) cancelled them (by {t}) without notifying any waiter, and on this Python {call} counts Futures cancelled that way as never done",
        .evWaitReasonCancelledIsOne: ": it is work item {works}: shutdown(cancel_futures=True) cancelled it (at {t}) without notifying any waiter, and on this Python {call} counts a Future cancelled that way as never done",
        .evWaitReasonCancelledAre: ": they are work items {works}: shutdown(cancel_futures=True) cancelled them (by {t}) without notifying any waiter, and on this Python {call} counts Futures cancelled that way as never done",
    ]
}
