extension Phrase {
    /// The English texts of os.fork() by hand and the os calls around it: os.wait*(), os.kill() and os.killpg() and the
    /// signals they send, exec*(), and what a fork copies (a held lock, the forking thread).
    static let englishForks: [Phrase: String] = [
        .evExec: "{call}: becomes another program, same pid: {argv} (if the call succeeds, nothing after it runs, multiprocessing's cleanup after run() included; text not yet flushed is lost)",
        .evExecFailed: "{call} raised {error}: the process was not replaced, it goes on",
        .evOsFork: "os.fork() → {name}",
        .evOsWaitWait: "waits in {call} for {name}",
        .evOsWaitReturned: "{call} returned for {name}{waited}",
        .evOsWaitReaped: "{call} sees {name} end: exitcode {code}",
        .evOsKill: "os.kill(pid {pid}, {signal}) → {name}",
        .noteCalledOsKill: " ({by} sent it {signal} with os.kill())",
        .evOsKillpg: "os.killpg(…, {signal}) → {name} (pid {pid}, in that process group)",
        .evSignalProbe: ": sends no signal, only checks that the process exists",
        .evSignalStop: " (SIGSTOP stops it until a SIGCONT; it cannot be caught or ignored)",
        .evSignalCont: " (SIGCONT lets a stopped process run again)",
        .noteCalledOsCall: " ({by} sent it {signal} with {call})",
        .noteLockHeldAtFork: "{lock} is a threading lock, and {holder} (another thread of {parent}) held it when {child} was forked: the child's copy of the lock stays locked, because the thread that would release it was not copied into the child: unless code in {child} releases that copy itself, acquiring it there never succeeds (a blocking acquire() deadlocks, a timed one gives up). Fork before starting threads, or use the spawn or forkserver start method.",
        .evExitLastThread: "exited, code 0: its last thread ended (it was forked in a thread other than the main one, so that thread was its main code; no interpreter exit follows, and atexit handlers do not run)",
        .evSignalAfterExit: ": its exit had begun at {at} (code {code}, the end its parent then saw) and it was not yet reaped, so this signal ended nothing",
        .noteForkedExecutorThread: " It was forked from {parent}'s thread {thread}, a ThreadPoolExecutor worker, and in the child that thread is the one running: the cleanup's threading._shutdown() runs concurrent.futures' exit hook, which joins every ThreadPoolExecutor worker thread, {thread} too, and a thread cannot join itself. Start processes from the main thread, or use the spawn or forkserver start method.",
    ]
}
