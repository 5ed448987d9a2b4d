extension Phrase {
    /// The Chinese texts of the figures of one shared place's writes, of writes through a view into shared memory,
    /// and of shared_memory's segments (SharedMemory, ShareableList) and the updates lost in them.
    static let chineseShared: [Phrase: String] = [
        .noteOverwritesCount: "在对 {object} 的 {writes} 次写入里，一共有 {n} 次覆盖了另一个进程或线程在写入者上次读取之后写入的值。",
        .noteOverwroteSeveral: "在 {b} 读取和写入之间，其他进程或线程对 {object} 写入了 {n} 次：{b} 的写入在没看到它们的情况下把它们全部覆盖了。",
        .noteLostUpdateChain: "如果写入 {object} 的每个值都是根据写入者紧接在前的那次读取算出来的（就像 `v.value += 1`），那么最后写入的值 {last} 只建立在 {writes} 次写入中的 {kept} 次之上：丢失了 {n} 次更新。",
        .noteViewWriteHeld: "{who} 通过共享内存的视图（数组元素或嵌套的 Structure）写入了 {place}，当时持有 {lock}，也就是 {object} 的锁（get_lock() 返回的那把）。这种写入本身不加锁：是程序自己持有的这把锁，把这次写入和其他持有 {lock} 的代码隔开。{others}",
        .noteViewWriteUnheld: "{who} 通过共享内存的视图（数组元素或嵌套的 Structure）写入了 {place}，当时没有持有 {lock}，也就是 {object} 的锁（get_lock() 返回的那把）。这种写入本身不加锁：只有包装对象自己的访问（`arr[i] = …`、`v.field = …`）才会各自加一次锁；要保护对字段的“读—改—写”，就得用这个对象的 get_lock() 把两步都包住。{others}",
        .noteViewWriteOthers: "此时它持有 {locks}。",
        .noteViewLostUpdates: "{writers} 通过共享内存的视图对 {place} 做了“读—改—写”（视图不加锁）：{writes} 次写入中的每一次都写入了写入者刚读到的值 {step}。如果每次更新都生效，{place} 应从 {initial} 变成 {full}；而 {reader} 在所有写入者结束后读到的是 {final}：{writes} 次更新中只有 {landed} 次生效，{lost} 次丢失（两个写入者读到同一个值，后写的覆盖了先写的）。应在每次读和写的外面持有该对象的 get_lock()。",
        .evShmCreate: "创建了 {object}：共享内存段 {name}，{size} 字节",
        .evShmCreateList: "创建了 {object}：共享内存段 {name}（{size} 字节）中的 ShareableList {value}",
        .evShmAttach: "按名字连接到 {object}（共享内存段 {name}，{size} 字节）",
        .evShmClose: "{object}.close()：本进程不再映射这个共享内存段（共享内存段本身还在）",
        .evShmUnlink: "{object}.unlink()：删除了共享内存段的名字 {name}；等所有进程都关闭它以后，这块内存才会释放",
        .evShmUnlinkFailed: "{object}.unlink() 抛出了 {error}",
        .noteShmNotUnlinked: "没有任何进程 unlink 过 {object}（共享内存段 {name}）：记录里没有一次成功的 unlink()，所以程序自己没有删除这个共享内存段。",
        .noteShmTrackerWarned: "程序结束时，资源追踪器警告有 shared_memory 对象泄漏（见它在 stderr 上的几行）；随后它会 unlink 仍登记在它那里的共享内存段，这一步追踪器记录不到。",
        .noteListLostUpdates: "{writers} 在没有加锁的情况下对 {place} 做了“读—改—写”（ShareableList 本身不加锁）：{writes} 次写入中的每一次都写入了写入者刚读到的值 {step}。如果每次更新都生效，{place} 应从 {initial} 变成 {full}；而 {reader} 在所有写入者结束后读到的是 {final}：其中只包含了 {writes} 次更新中的 {landed} 次，{lost} 次丢失了：有些写入覆盖了写入者没有读到的更新（两个写入者读到了同一个值，或者读的时候另一个进程正在改写这一项，而 struct.pack_into 会先把这些字节清零）。应在每次读和写的外面持有同一把 Lock。",
        .evShmBufNotTraced: "（追踪器不记录通过它的 .buf 进行的读写：这条时间线无法显示它们）",
    ]
}
