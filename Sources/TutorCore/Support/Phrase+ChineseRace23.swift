extension Phrase {
    /// 第 23 号竞争修正的中文文本：三个或更多进程卷入同一次经由 Manager 代理的竞争时，逐一点名，并说丢了 N − 1 次更新。
    static let chineseRace23: [Phrase: String] = [
        .noteLostUpdateGroupOverlap: "{names} 都在其中任何一个写回之前从 {object} 读到了 {old}；随后{writes}，都没有重新读取。这几次往返在时间上重叠，记录无法显示服务进程最后执行的是哪一次写入，但那一次在没看到其余 {n} 次的情况下把它们覆盖了。如果各自写入的值都是根据读到的 {old} 算出来的（就像 `d[k] += 1`），这里就丢了 {n} 次更新：每次访问都是单独一次到管理器服务进程的往返，而“读—改—写”需要用一把锁把两步都包住（把同一个 `manager.Lock()` 传给每个进程）。",
        .noteLostUpdateGroupOrdered: "{names} 都从 {object} 读到了 {old}；随后{writes}，一个接一个，都没有重新读取。如果 {last} 写入的值是根据它读到的 {old} 算出来的（就像 `d[k] += 1`），{lost} 的更新就丢了（共 {n} 次）：每次访问都是单独一次到管理器服务进程的往返，而“读—改—写”需要用一把锁把两步都包住（把同一个 `manager.Lock()` 传给每个进程）。",
        .noteLostUpdateGroupWrote: "{who} 写入 {value}",
        .noteLostUpdateGroupEachWrote: "各自写入 {value}",
    ]
}
