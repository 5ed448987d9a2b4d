extension Phrase {
    /// The Chinese texts of gaps 25 (issue 11).
    static let chineseGaps25: [Phrase: String] = [
        .noteProxyRaceAgainPair: "又一次，和 {at} 那条注释说的竞争一样：{a} 和 {b} 都从 {object} 读到了 {old}；{a} 写入了 {theirs}，随后 {b} 没有重新读取就写入了 {mine}。如果 {b} 的值是从读到的 {old} 算出来的，{a} 的更新就丢了。",
        .noteProxyRaceAgainOverlap: "又一次，和 {at} 那条注释说的竞争一样：{a} 和 {b} 在任何一方写回之前都从 {object} 读到了 {old}；随后 {a} 写入 {theirs}，{b} 写入 {mine}，都没有重新读取（两次往返在时间上重叠）。如果各自的值都是从读到的 {old} 算出来的，就有一次更新丢了。",
        .noteProxyRaceAgainGroup: "又一次，和 {at} 那条注释说的竞争一样：{names} 都从 {object} 读到了 {old}；随后{writes}，都没有重新读取。如果各自的值都是从读到的 {old} 算出来的，这里就丢了 {n} 次更新。",
        .noteProxyMoreRacesCounted: "除了这些注释说到的竞争，记录还证明了另外 {n} 次这样经由管理器代理的竞争，这里不再逐一说明：每一次都有两个或更多进程或线程读到同一个值，没有重新读取就写回；如果写入的值都是从读到的值算出来的，其中至少又丢了 {lost} 次更新。",
        .summaryQueueWlockPuts: " · 有 {puts} 次放入在等队列的写锁，这把锁当时在另一个正往管道里写的线程或进程手里（共 {total}，最长 {longest}）",
        .noteEOFHiddenInFlight: "{holders} 启动时带着一份 {object} {other}的副本（start() 为子进程把它 pickle 了；子进程的记录显示它在这次 poll() 开始之后才把它重建出来）：这份副本正在传给正在启动的子进程，或已在其中打开，同样让 {other}不会结束。",
    ]
}
