extension Phrase {
    /// The English texts of gaps 13B: a process Pool's task of a bound method (its instance pickled with it).
    static let englishGaps13B: [Phrase: String] = [
        .noteBoundMethodCopiedPool: "{call} was given a bound method, {func}: a process Pool pickles each task to send it to a worker (under fork too: only the workers were forked, the tasks reach them through a pipe), and pickling the method pickles its instance, a {class}, with it. So every task of {object} (every chunk of a map()) runs {func} on its own copy of that {class}, unpickled in the worker process. What {func} changes in self stays in that copy: the {class} in {who} never sees it, and only what the method returns comes back.",
        .noteThreadOfProcess: "{process}'s {thread}",
        .noteOrphanLeftOtherForker: "{parent} ended while its child {child} was still running: nothing joined {child}, which went on alone as an orphan of the program, so no process of the program can wait for it or read its exit code. {parent}'s end does not give {child} another parent: its OS parent is {forker} (pid {pid}), which forked it, and the OS gives it another parent only when {forker} ends.",
        .noteOrphanForkserver: " Under forkserver the fork server forks every child, not the process that calls start(): os.getppid() in the child gives the fork server's pid, while multiprocessing.parent_process() names {parent}.",
        .evResultNotSentMessage: "{task} never reached a worker: the task handler failed to send it ({message}) and set its result to that exception",
        .evResultNotSentArgument: "{task} never reached a worker: its argument {argument} (a {type}) could not be pickled ({message}), so the task handler failed to send it and set its result to that exception",
        .evStartArgumentUnpicklable: " (the argument that could not be pickled: {argument}, a {type})",
        .evParentAlive: "parent_process().is_alive() of {parent} (pid {pid}) → {result}{after} (the calls after it that return {result} again are counted, not shown)",
        .evParentAliveAfter: ", after {n} more call{s} that returned {other}",
    ]
}
