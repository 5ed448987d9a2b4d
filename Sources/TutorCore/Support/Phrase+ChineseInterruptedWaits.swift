extension Phrase {
    /// The Chinese texts of a wait that an exception ended (Ctrl-C's KeyboardInterrupt): no timeout ran out.
    static let chineseInterruptedWaits: [Phrase: String] = [
        .evExecutorWaitRaised: "{call} 被打断：其中抛出了 {error}{waited}，并不是超时{pending}",
    ]
}
