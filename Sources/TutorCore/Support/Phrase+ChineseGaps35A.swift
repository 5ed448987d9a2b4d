extension Phrase {
    /// gaps 35A 的中文文本：被 multiprocessing 退出函数终止的守护进程，以及它从队列取走、记录里看不到做完的那一项。
    static let chineseGaps35A: [Phrase: String] = [
        .activityCutAtExit: "在主进程退出时被终止（SIGTERM，退出码 {code}）：它是当时还在运行的守护进程，被 multiprocessing 的退出函数中途结束，并不是自己结束的",
        .activityCutAtExitItem: "在主进程退出时被终止（SIGTERM，退出码 {code}），手里还有 {t} 从 {queue} 取走的 {item}（之后没有再 get，没有 task_done()，run() 也没有结束）：它是被 multiprocessing 的退出函数中途结束的守护进程，并不是自己结束的",
        .noteCutMidItem: "multiprocessing 的退出函数（在 {cut}）终止 {name} 时，它手里还有一项：它在 {t} 从 {queue} 取走了 {item}（这是它最后一次 get），之后{after}，直到那个 SIGTERM：它的 run() 一直没有返回。这一项已经离开了队列，所以不在队列里剩下的那些项之中；也没有任何事件表明它做完了：它随着守护进程一起被切断了。守护进程在退出时做到哪里，工作就丢在哪里：如果它的工作必须做完，就给它一个结束信号（往它的队列里放一个 None），并在程序结束前 join() 它。",
        .noteCutMidItemNothingAfter: "再没有记录任何事件",
        .noteCutMidItemSomeAfter: "又记录了 {n} 个事件（最后一个在 {last}），其中没有 get、没有 task_done()，也没有 run() 的结束",
        .summaryTimedWaitsHeading: "反复调用 Event.wait(timeout) 等待（超时的那次调用返回 False，它的线程接着往下运行）：",
        .summaryTimedWaits: "{who} 在 {from} 到 {to} 之间对 {object} 调用了 {n} 次 wait({timeout})：{out} 次超时（返回 False），{trues}{open}",
        .summaryTimedWaitsTrue: "{n} 次返回 True（最后一次在 {t}：这个 Event 已被 set）",
        .summaryTimedWaitsNoTrue: "没有一次返回 True",
        .summaryTimedWaitsOpen: "；记录结束时，最后一次 wait 还在等待",
    ]
}
