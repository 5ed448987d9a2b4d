extension Phrase {
    /// The Chinese texts of round 35S (see `englishRound35S`).
    static let chineseRound35S: [Phrase: String] = [
        .hangLockSelfGuardsShared: "{label} 同时也是程序用 lock= 交给 {objects} 的锁：通过它们读写数据（`.value`、`[i]`）时，每一次都会自己去获取 {label}，所以在 {label} 已被持有时（在 `with ….get_lock():` 里面）做的读写，等待的正是这把已被持有的 Lock。程序不传锁时，Value() 和 Array() 自己创建的是 RLock，持有者可以再次获取它。",
    ]
}
