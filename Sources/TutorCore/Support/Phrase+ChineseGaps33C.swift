extension Phrase {
    /// 简体中文 texts of gaps 33C (see Phrase+EnglishGaps33C.swift).
    static let chineseGaps33C: [Phrase: String] = [
        .evShmAttachFailed: "{type}(name={name}) 抛出 {error}：什么也没有连接上",
        .evShmAttachFailedUnlinked: "——这个名字原属 {object}，{by} 已在 {at} 用 unlink() 删除了它：谁也不能再按这个名字连接（仍映射着这个共享内存段的进程还能用它的内存）",
        .evShmNotTracked: "；track=False：本进程没有把这个共享内存段登记到资源追踪器（它的 unlink() 也不会注销）",
        .panelShmClosed: "已由 {list} 关闭",
        .panelShmUnlinked: "名字已在 {at} 被 {by} 删除：不能再按名字连接",
        .noteTrackerLeakSegmentsDirect: "共享内存段会在对它调用 unlink() 时注销，也可以直接调用 resource_tracker.unregister() 注销，本程序就这样调用过（{calls}）；而上面这些共享内存段，记录里两者都没有。",
        .noteTrackerUnregisterCall: "{object}：{process}（{t}）",
    ]
}
