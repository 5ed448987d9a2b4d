extension Phrase {
    /// The English text of `synchronized(raw)`: a wrapper around a raw object's shared memory, not new memory.
    static let englishSharedWraps: [Phrase: String] = [
        .evSharedWraps: "{object} = synchronized({raw}) ({initial}, {lock}{user}): the same shared memory as {raw}, not a new object: reads and writes through {raw} itself still take no lock and are not traced",
    ]
}
