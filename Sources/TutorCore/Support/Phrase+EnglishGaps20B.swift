extension Phrase {
    /// The English texts of gaps 20B: a queue's waits counted beside its give-ups, what a pool worker's busy share is
    /// of, the waits inside a Condition's wait_for(), and a recv() of bytes that send_bytes() sent.
    static let englishGaps20B: [Phrase: String] = [
        .summaryQueueGaveUpMore: " · {puts} and {gets} gave up",
        .summaryPoolWorkerRowOpen: "{n} {unit} · busy {busy}% of the run, {share}% of the pool's open time",
        .evWaitForFirstWait: "waits for {object}{timeout} inside wait_for(): its predicate was false, so it waits for a notify",
        .evWaitForWaitAgain: "waits for {object} again{timeout} inside wait_for(): it woke, tested its predicate again and found it still false, so it waits again",
        .evWaitForTimeoutLeft: " (timeout {left}: what is left of wait_for()'s {total})",
        .evPipeRecvFromSendBytes: "; the message it read was sent with send_bytes() ({who} at {at}): recv() unpickles what it reads, but send_bytes() sends raw bytes, not a pickle (recv_bytes() reads such a message)",
    ]
}
