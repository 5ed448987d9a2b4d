extension Phrase {
    /// The Chinese texts of gaps 12B (see `englishExecutorGaps`).
    static let chineseExecutorGaps: [Phrase: String] = [
        .noteReaderClosed: "没有工作进程死掉，也没有哪个结果出错：{object} 的管理线程去执行器的结果管道读下一个结果时，本进程已经把这个管道关掉了（OSError: handle is closed）。",
        .noteReaderClosedEffect: "执行器把这当作丢失了工作进程：它让尚未完成的 {pending} 个 Future 以 BrokenProcessPool 失败（其消息说有进程“突然终止”，其实并没有），并终止它的工作进程。",
        .noteReaderClosedInterrupted: "在 concurrent.futures 里，只有 shutdown(wait=True) 会关闭这个管道，而且要先等管理线程结束；可是之前有一次 shutdown() 在 {t} 被打断了（它等这个线程时抛出了 {error}），Python 此后就把这个线程算作已结束，于是之后的 shutdown() 不再等它，就关闭了管道{shutdown}。",
        .noteReaderClosedBy: "（在 {t} 返回的那次 shutdown() 就是这样）",
        .evFutureNeverSentMessage: "工作项 {work} 从未到达任何工作进程：发送它时失败了（{message}），所以它的 Future 保存的就是这个异常",
        .evFutureNeverSentArgument: "工作项 {work} 从未到达任何工作进程：它的参数 {argument}（一个 {type}）无法用 pickle 序列化（{message}），所以发送它时失败了，它的 Future 保存的就是这个异常",
        .summaryPoolCalls: "{n} 次 {method}() 调用",
        .summaryPoolCallsSeparator: "，",
        .noteProxyLockWait: "{who} 为了 {lock} 等了 {duration}{holder}。它是管理器的 {type}：acquire() 在管理器的服务进程里等待，直到有 release() 送到那里。",
        .noteBoundMethodCopied: "{call} 收到的是绑定方法 {func}：把它用 pickle 序列化交给工作进程时，它所属的实例（一个 {class}）也会一起被序列化，所以 {object} 的每个工作项都在自己的 {class} 副本上运行 {func}，这个副本是在工作进程里反序列化出来的。{func} 对 self 的修改只留在这个副本里：{who} 中的 {class} 永远看不到，传回来的只有方法的返回值。",
    ]
}
