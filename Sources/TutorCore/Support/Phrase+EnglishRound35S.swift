extension Phrase {
    /// The English texts of round 35S (issue 11): a Lock that waits for its own holder is also the lock the program
    /// gave to shared ctypes objects, whose every read and write takes it.
    static let englishRound35S: [Phrase: String] = [
        .hangLockSelfGuardsShared: " {label} is also the lock the program gave (lock=) to {objects}: every read or write through them (`.value`, `[i]`) takes {label} itself, so one made while {label} is held (inside `with ….get_lock():`) waits for this same Lock. The lock Value() and Array() make when given none is an RLock, which its holder may take again.",
    ]
}
