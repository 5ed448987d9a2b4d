extension Phrase {
    /// The Chinese texts of gaps 17A (see Phrase+EnglishGaps17A.swift).
    static let chineseGaps17A: [Phrase: String] = [
        .noteStaleCheck: "{b} 在写 {place} 之前读了它两次：{t1} 读到 {first}，{t2} 又读到 {second}；这之间，{writes}。然后 {b} 写入了 {mine}（{t3}）。如果程序是先判断第一次读到的值再写（就像 `if x.value >= n: x.value -= n`），那么这个判断所依据的值在写入之前就已经变了：同步的 Value 每次读、每次写都各自获取一次它的锁，用完就释放，从判断到写入之间没有任何机制挡住其他进程：这是“先检查后行动”的竞争。",
        .noteStaleCheckWrite: "{who} 在 {t} 写入了 {value}",
        .noteStaleCheckJoin: "、",
        .noteStaleCheckRLock: "请在判断和写入外面只持有一次 {lock}（`with x.get_lock():`，x 就是那个 Value 或 Array）：它是 RLock，里面的读和写会再次获取它而不必等待，其他进程也就没法在中间写入。",
        .noteStaleCheckOtherLock: "请用一把锁把判断和写入一起保护起来，并且每个写它的进程都要获取这把锁。这里不能用 `with x.get_lock():`：创建它时给的锁 {lock} 不可重入，在里面读写 x 会去等待自己这个线程已经持有的锁。",
        .evSetWokeNoOne: "：它没有唤醒任何一方：在此之前对 {object} 的每个 wait() 都已因超时返回（{waits}），当时没有谁在等待",
        .evSetTimedOutWait: "{who} 于 {t}",
        .evWaitReasonFirstException: "：{what}，而 return_when=FIRST_EXCEPTION 在第一个异常出现时就返回",
        .evWaitReasonFirstCompleted: "：{what}，而 return_when=FIRST_COMPLETED 只要有一个完成就返回",
        .evWaitReasonRaised: "工作项 {work} 抛出了 {error}（它的异常在 {t} 传回）",
        .evWaitReasonDone: "工作项 {work} 已完成（它的结果在 {t} 传回）",
        .evCallbackRanAtOnce: "，是在 add_done_callback() 里、在这个线程中立即运行的：工作项 {work} 那时已经完成（它的 Future 在 {t} 由 {thread} 设置），给已完成的 Future 添加回调，回调会在添加它的线程里马上运行",
        .noteEOFHidden: "{who} 自己仍持有 {object} {other}的一份副本（{how}，并且没有记录到它关闭这一端），所以这次 poll() 不可能看到文件结束：只有当 {other}的每一份副本在所有进程里都关闭了，{end}才会显示为已结束（poll() 返回 True，recv() 抛出 EOFError），因此它只能等数据。{holders}请在 start() 之后立刻关闭自己手里那份交给子进程的端：这样，最后一个持有者没发送就结束时，poll() 会返回 True，recv() 会抛出 EOFError。",
        .noteEOFHiddenMade: "这个 Pipe 是它创建的",
        .noteEOFHiddenForked: "它是在 {maker} 持有这一端时从 {maker} fork 出来的",
        .noteEOFHiddenHolders: "{holders} 是在 Pipe 创建之后 fork 出来的，也各持有一份 {other}，而它们那时都已经结束，没有在这一端发送过任何东西：不会再有数据来了。",
        .evAsCompletedWaitEnded: "as_completed() 结束这次等待{waited}：这期间工作项 {list} 完成了（as_completed() 把完成的工作项逐个交出，只有没有可交出的时才再次等待）{pending}",
        .noteExitSystemExitMessage: "：run() 因一个带消息的 SystemExit 而结束（sys.exit(message) 抛出的就是它，raise SystemExit(message) 也一样：记录分不出程序写的是哪一种），消息写到了 stderr：“{message}”",
        .noteStaleCheckMore: "（记录显示本次运行中共有 {n} 次这样的判断，所依据的值在写入前已经变了）",
    ]
}
