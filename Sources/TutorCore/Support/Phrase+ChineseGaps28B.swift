extension Phrase {
    /// The Chinese texts of `englishGaps28B`.
    static let chineseGaps28B: [Phrase: String] = [
        .laneRenamed: "{name}（原名 {was}）",
        .summaryQueueClosedCalls: " · 有 {puts} 次放入和 {gets} 次取出抛出 ValueError：调用时它们所在的进程已经关闭了这个队列（close()）；这些调用没有放入或取出任何数据",
        .evListenerCreated: "创建了 Listener({address}, {family})：在那里监听；每次 accept() 都向客户端发出一个质询，只有持有同一 authkey 的一方才答得上",
        .evListenerCreatedNoKey: "创建了 Listener({address}, {family})：在那里监听，没有 authkey：accept() 接受任何连上来的客户端，不做检查",
        .evListenerClosed: "关闭了 Listener({address}, {family})：再也没有客户端能连上",
        .evListenerClosedUnlinked: "关闭了 Listener({address}, {family})：再也没有客户端能连上，它的套接字文件也被删除",
    ]
}
