extension Phrase {
    /// The English texts of round 29 (issue 11): a Barrier's pass row says what its wait() returned, the index a
    /// program uses to pick one party (`if barrier.wait() == 0:`).
    static let englishRound29: [Phrase: String] = [
        .evBarrierReturned: " · wait() returned {index}",
    ]
}
