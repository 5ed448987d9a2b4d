extension Phrase {
    /// The English texts of round 29 (issue 11): a Barrier's pass row says what its wait() returned, the index a
    /// program uses to pick one party (`if barrier.wait() == 0:`); the is_set() poll that found an Event set says when
    /// it had been set, and by whom (a worker slow to notice a stop).
    static let englishRound29: [Phrase: String] = [
        .evBarrierReturned: " · wait() returned {index}",
        .evEventPolledSetAgo: " · {who} had called set() at {at}, {ago} before this poll",
    ]
}
