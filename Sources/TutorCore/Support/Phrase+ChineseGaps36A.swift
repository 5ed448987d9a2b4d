extension Phrase {
    /// The Chinese texts of gaps 36A (see `englishGaps36A`).
    static let chineseGaps36A: [Phrase: String] = [
        .noteTornSweep: "{reader} 逐项读取 {object}（{first} … {last}，从 {t0} 到 {t1} 共 {n} 次读取），而 {writer} 在 {tw} 写了 {object}{attr}，正好落在这几次读取之间{more}：读到的这些值并不是数组某一时刻的状态，由它们算出的总和或做出的检查，可能对不上数组的任何一个时刻。每次 {object}[i] 都单独获取并释放 {lock}，所以两次读取之间没有什么能挡住写入方。要把数组当作同一时刻的状态来读，请在整轮读取外面持有它的锁（`with arr.get_lock():`），写入方也要在每个必须整体可见的更新外面持有这把锁。{reader} 对 {object} 的逐项读取中，共有 {torn} 轮在读取之间夹着其他进程的写入。",
        .noteTornSweepMoreWrites: "（其他进程在其间共写了 {n} 次）",
        .panelSharedLock: "锁 {lock}",
        .panelSharedLockGiven: "锁 {lock}（由程序用 lock= 传入）",
    ]
}
