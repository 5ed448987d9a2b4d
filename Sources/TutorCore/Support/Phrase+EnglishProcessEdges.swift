extension Phrase {
    /// The English texts of a process's edges: a multiprocessing child that ends itself with os._exit(), a child
    /// left running by a parent that ended (an orphan), a child stopped by SIGSTOP when its parent joins it.
    static let englishProcessEdges: [Phrase: String] = [
        .noteExitOsExit: ": {who} called os._exit({arg}), which ends the process at once (no cleanup, no flush of what it printed)",
        .noteExitOsExitThread: "its thread {thread}",
        .noteExitOsExitIt: "it",
        .noteJoinGaveUpChildStopped: "{name} was not running: it had been stopped by {signal} at {t} ({how}), and a stopped process does nothing until SIGCONT lets it go on.",
        .noteStoppedByItself: "it sent it to itself with os.kill()",
        .noteStoppedBy: "{by} sent it with os.kill()",
        .noteStoppedTermPending: " The SIGTERM sent at {t} waits meanwhile: a stopped process is ended by it only once it is continued (SIGKILL alone ends it at once).",
        .evSignalSentOther: "os.kill(pid {pid}, {signal})",
        .evSignalSentUnknown: " (no process of this run had that pid)",
        .evSignalSentParent: " → {name}, its parent",
        .evSignalSentSibling: " → {name}, a sibling (a child of the same parent, not of this process)",
        .evSignalSentRunProcess: " → {name} (a process of this run, not a child of this one)",
        .noteOrphanLeft: "{parent} ended while its child {child} was still running: nothing joined {child}, which went on alone as an orphan (the OS gives it another parent), so no process of the program can wait for it or read its exit code.",
        .noteOrphanOsExit: " os._exit() skips multiprocessing's exit function, which joins the children still running (and terminates the daemonic ones) before a process ends.",
        .evStartedOrphan: "{process} started (pid {pid}) by pid {starter}, which had already ended: its parent is now pid {ppid}, which adopted it",
        .hangBarrierShort: "{barrier} waits for {parties} parties, and only {n} wait at it ({waiting}); {others}, so no other wait() can come: a Barrier's wait() without a timeout returns only when as many processes as its parties have called it (Barrier(n) must match the processes that call wait(), or give wait() a timeout).",
        .hangBarrierOthers: "every other process of the program still alive is blocked elsewhere ({list})",
        .hangBarrierNoOthers: "no other process of the program is alive",
        .hangStarvedModuleCopy: " {putter} put {item} on {copy} instead, a queue of its own made by the same line ({site}): under spawn and forkserver a child runs the main module again, so a Queue made at module level is a new one in each child, not the parent's. Pass the queue to the child as an argument (Process(target=..., args=(q,))).",
    ]
}
