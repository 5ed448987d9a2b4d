extension Phrase {
    /// The Chinese text of `synchronized(raw)`: a wrapper around a raw object's shared memory, not new memory.
    static let chineseSharedWraps: [Phrase: String] = [
        .evSharedWraps: "{object} = synchronized({raw})（{initial}，{lock}{user}）：它和 {raw} 是同一块共享内存，并不是一个新对象：直接通过 {raw} 读写仍然不加锁，也不被追踪",
    ]
}
