extension Phrase {
    /// The Chinese texts of gaps 25 (issue 11).
    static let chineseGaps25: [Phrase: String] = [
        .noteProxyRaceAgainPair: "又一次同样的竞争（见 {at} 那条注释）：{a} 和 {b} 都从 {object} 读到了 {old}；{a} 写入了 {theirs}，随后 {b} 没有重新读取就写入了 {mine}。如果 {b} 写入的值是根据那个 {old} 算出来的，{a} 的更新就丢失了。",
        .noteProxyRaceAgainOverlap: "又一次同样的竞争（见 {at} 那条注释）：{a} 和 {b} 在任何一方写回之前都从 {object} 读到了 {old}；随后 {a} 写入 {theirs}，{b} 写入 {mine}，两者都没有重新读取（两次往返在时间上重叠）。如果各自写入的值都是根据那个 {old} 算出来的，就有一次更新丢失了。",
        .noteProxyRaceAgainGroup: "又一次同样的竞争（见 {at} 那条注释）：{names} 都从 {object} 读到了 {old}；随后{writes}，谁都没有重新读取。如果各自写入的值都是根据那个 {old} 算出来的，这里就丢失了 {n} 次更新。",
        .noteProxyMoreRacesCounted: "除了这些注释讲到的竞争，记录还证明另有 {n} 次同样经由管理器代理发生的竞争，这里不再逐一说明：每一次都有两个或更多进程或线程读到同一个值，没有重新读取就写回；如果写入的值都是根据读到的值算出来的，这些竞争里至少又丢失了 {lost} 次更新。",
        .summaryQueueWlockPuts: " · 有 {puts} 次放入等待过队列的写锁，这把锁当时在另一个正往管道里写数据的线程或进程手里（共等了 {total}，最长一次 {longest}）",
        .noteEOFHiddenInFlight: "{holders} 启动时带着一份 {object} {other}的副本（start() 为子进程用 pickle 序列化了它；子进程的记录显示，它直到这次 poll() 开始之后才把这份副本重建出来）：这份副本无论还在传给启动中的子进程的途中，还是已在那个子进程里打开，都算作 {other}一份尚未关闭的副本。",
    ]
}
