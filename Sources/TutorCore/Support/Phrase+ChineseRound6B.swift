extension Phrase {
    /// 第六轮真实性审查（B 部分）新增的中文文本：不是我们写的程序。
    static let chineseRound6B: [Phrase: String] = [
        .evExitAsked: "{code}：它要求的是 {asked}，而退出状态只保留低 8 位",
        .evExitAskedParen: "（它要求的是 {asked}，而退出状态只保留低 8 位）",
        .evRLockAgain: "再次获得 {object}{times}{waited}：持有者现在持有它 {n} 层",
        .evRLockReleaseLevel: "释放 {object} 的一层{times}：仍被持有（再 release() {n} 次才真正释放）",
        .evQueueWaitPartial: "等待从 {object} 取出：管道里已有某个条目的一部分，其余部分还在路上（放入者的 feeder 线程正在写）",
        .evQueueWaitPartialEnded: "等待从 {object} 取出：管道里已有某个条目的一部分，但向它放入过条目的进程（{putters}）都已结束：这个条目的其余部分永远不会来了",
        .hangPartialItem: "{who} 在 {queue} 的 get() 里等待某个条目的其余部分：管道里已有它的一部分，但向 {queue} 放入过条目的进程都已结束（{putters}），它们的 feeder 线程没来得及把整个条目写完，所以其余部分永远不会来。进程在向队列放入时被结束（terminate()、kill()、os._exit()）会让队列损坏，文档对 terminate() 正有此警告：get() 的 timeout 也帮不上忙，它只管等待条目开始到达的那段时间。",
        .hangPartialPutter: "{name}：退出码 {code}",
        .evClientRefused: "Client() 被监听方拒绝：{error}（双方的 authkey 不一致）",
    ]
}
