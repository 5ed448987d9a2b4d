extension Phrase {
    /// The English texts added by the sixth truth review, part B: programs nobody here wrote.
    static let englishRound6B: [Phrase: String] = [
        .evExitAsked: "{code}: it asked for {asked}, and an exit status keeps only the low 8 bits",
        .evExitAskedParen: " (it asked for {asked}, and an exit status keeps only the low 8 bits)",
        .evRLockAgain: "acquired {object} again{times}{waited}: its holder now holds it {n} levels deep",
        .evRLockReleaseLevel: "released one level of {object}{times}: still held ({n} more release() frees it)",
    ]
}
