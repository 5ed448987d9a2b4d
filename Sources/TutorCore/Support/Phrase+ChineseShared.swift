extension Phrase {
    /// The Chinese texts of the figures of one shared place's writes, and of writes through a view into shared memory.
    static let chineseShared: [Phrase: String] = [
        .noteOverwritesCount: "在对 {object} 的 {writes} 次写入里，一共有 {n} 次覆盖了另一个进程或线程在写入者上次读取之后写入的值。",
        .noteOverwroteSeveral: "在 {b} 读取和写入之间，其他进程或线程对 {object} 写入了 {n} 次：{b} 的写入在没看到它们的情况下把它们全部覆盖了。",
        .noteLostUpdateChain: "如果对 {object} 的每次写入都是用写入者紧接在前的那次读取算出来的（就像 `v.value += 1`），那么最后写入的值 {last} 只建立在 {writes} 次写入中的 {kept} 次之上：丢失了 {n} 次更新。",
        .noteViewWriteHeld: "{who} 通过共享内存的视图（数组元素或嵌套的 Structure）写入了 {place}，当时持有 {lock}，也就是 {object} 的锁（get_lock() 返回的那把）。这种写入本身不加锁：是程序自己持有的这把锁，把这次写入和其他持有 {lock} 的代码隔开。{others}",
        .noteViewWriteUnheld: "{who} 通过共享内存的视图（数组元素或嵌套的 Structure）写入了 {place}，当时没有持有 {lock}，也就是 {object} 的锁（get_lock() 返回的那把）。这种写入本身不加锁：只有包装对象自己的访问（`arr[i] = …`、`v.field = …`）才会各自加一次锁；要保护对字段的“读—改—写”，就得用这个对象的 get_lock() 把两步都包住。{others}",
        .noteViewWriteOthers: "此时它持有 {locks}。",
    ]
}
