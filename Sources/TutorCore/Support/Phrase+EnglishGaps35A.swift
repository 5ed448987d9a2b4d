extension Phrase {
    /// The English texts of gaps 35A (issue 11): a daemon that multiprocessing's exit function terminated, said as such
    /// in the step panel, and the item it had taken from a queue with no sign in the record that it finished it.
    static let englishGaps35A: [Phrase: String] = [
        .activityCutAtExit: "terminated at the main process's exit (SIGTERM, exitcode {code}): a daemon still running then, cut off by multiprocessing's exit function, not ended on its own",
        .activityCutAtExitItem: "terminated at the main process's exit (SIGTERM, exitcode {code}) with {item} in hand, taken from {queue} at {t} (no later get, no task_done(), no end of run()): a daemon cut off by multiprocessing's exit function, not ended on its own",
        .noteCutMidItem: "{name} had an item in hand when multiprocessing's exit function terminated it (at {cut}): it took {item} from {queue} at {t}, its last get, and {after} before that SIGTERM; its run() never returned. That item had left the queue, so it is not among the items still queued, and no event shows its work finished: it was cut off with the daemon. A daemon's work is lost wherever it stands at exit: if it must finish, send it an end signal (a None on its queue) and join() it before the program ends.",
        .noteCutMidItemNothingAfter: "recorded nothing more",
        .noteCutMidItemSomeAfter: "recorded {n} more event{s} (the last at {last}), none of them a get, a task_done() or the end of run(),",
        .summaryTimedWaitsHeading: "waiting by Event.wait(timeout) again and again (a call that timed out returned False, and its thread went on):",
        .summaryTimedWaits: "{who} called wait({timeout}) on {object} {n} time{s} between {from} and {to}: {out} timed out (returned False), {trues}{open}",
        .summaryTimedWaitsTrue: "{n} returned True (the last at {t}: the Event was set)",
        .summaryTimedWaitsNoTrue: "none returned True",
        .summaryTimedWaitsOpen: "; the last was still waiting when the record ended",
    ]
}
