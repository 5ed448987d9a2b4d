extension Phrase {
    /// The English texts of round 31S (issue 11): a line printed by a process started under a subprocess whose stream
    /// was a pipe or a file (`sh -c "python3 …"` under `capture_output=True`); a Pool get() whose timeout ran out while
    /// its task went on (running, or still queued).
    static let englishRound31S: [Phrase: String] = [
        .evPrintIntoPipeInherited: " (into a pipe {parent} reads: {parent} started {via} with its {stream} going into that pipe (subprocess.PIPE, as capture_output=True does), and this process, started under it, inherited it; it never reached the terminal)",
        .evPrintIntoFileInherited: " (into the file or descriptor {parent} gave {via} as its {stream}, which this process, started under it, inherited; not the terminal)",
        .noteTimedOutTaskRunning: "get() gave up on {task} after {duration}, but that did not stop {task}: it was still running in {worker} (since {since}). A timeout of AsyncResult.get() ends only the wait; the task goes on in its worker, and its result, if it comes, is kept for a later get(). {after}",
        .noteTimedOutTaskQueued: "get() gave up on {task} after {duration} before {task} had started: it was still in the pool's task queue. A timeout of AsyncResult.get() ends only the wait; the task stays queued and runs later. {after}",
        .noteTimedOutAfterFinished: "Here it finished at {t}.",
        .noteTimedOutAfterWorkerEnded: "Here it was still unfinished when {worker} ended at {t} (exitcode {code}).",
        .noteTimedOutAfterRecordEnd: "It was still unfinished when the record ends.",
        .noteTimedOutAfterStarted: "It started at {t} in {worker}. ",
    ]
}
