extension Phrase {
    /// The English texts of a wait that an exception ended (Ctrl-C's KeyboardInterrupt): no timeout ran out.
    static let englishInterruptedWaits: [Phrase: String] = [
        .evExecutorWaitRaised: "{call} was interrupted: {error} raised in it{waited}, no timeout ran out{pending}",
    ]
}
