extension Phrase {
    /// The English texts of a feeder join while another process's feeder holds the queue's shared write lock.
    static let englishFeederLocks: [Phrase: String] = [
        .evFeederLockElsewhere: "{items}, once it can take the queue's write lock, held now by another process (every process's feeder takes it to write each item)",
        .evFeederTakenItem: "any item it has taken off its buffer",
    ]
}
