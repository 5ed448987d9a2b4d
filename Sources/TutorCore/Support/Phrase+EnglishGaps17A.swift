extension Phrase {
    /// The English texts of gaps 17A: a test on a stale read of a Value, a set() that woke no one, why wait() returned, a
    /// callback run at once by add_done_callback().
    static let englishGaps17A: [Phrase: String] = [
        .noteStaleCheck: "{b} read {place} twice before it wrote it: {first} at {t1}, then {second} at {t2}; in between, {writes}. Then {b} wrote {mine} ({t3}). If the program tested the first read before writing (as in `if x.value >= n: x.value -= n`), that test was made on a value that had changed before the write: each read and each write of a synchronized Value takes its lock on its own and lets it go, so nothing kept the other processes out between the test and the write: a check-then-act race.",
        .noteStaleCheckWrite: "{who} wrote {value} at {t}",
        .noteStaleCheckJoin: ", ",
        .noteStaleCheckRLock: " Hold {lock} once around the test and the write (`with x.get_lock():`, x being the Value or Array): it is an RLock, so the read and the write inside take it again without waiting, and no other process can write in between.",
        .noteStaleCheckOtherLock: " Hold one lock around the test and the write, one every process that writes it takes. Not `with x.get_lock():` here: {lock}, the lock it was made with, is not re-entrant, so a read or write of x inside would wait for the lock its own thread holds.",
        .evSetWokeNoOne: ": it woke no one: every wait() on {object} before it had already returned when its timeout ran out ({waits}), and none was waiting",
        .evSetTimedOutWait: "{who}'s at {t}",
        .evWaitReasonFirstException: ": {what}, and return_when=FIRST_EXCEPTION returns at the first exception",
        .evWaitReasonFirstCompleted: ": {what}, and return_when=FIRST_COMPLETED returns as soon as one is done",
        .evWaitReasonRaised: "work item {work} raised {error} (its exception came back at {t})",
        .evWaitReasonDone: "work item {work} was done (its result came back at {t})",
        .evCallbackRanAtOnce: ", at once, inside add_done_callback() and in this thread: work item {work} was already done (its Future was set at {t}, by {thread}), and a callback added to a done Future runs right away in the thread that adds it",
        .noteEOFHidden: "{who} still held its own copy of {object} {other} ({how}, and no close() of it was recorded), so this poll() could not see an end of file: {end} reads as ended (poll() True, recv() EOFError) only once every copy of {other} is closed, in every process, and so it could only wait for data.{holders} Close your own copy of the end you give a child right after start(): then, once the last holder has ended without sending, poll() returns True and recv() raises EOFError.",
        .noteEOFHiddenMade: "it made the Pipe",
        .noteEOFHiddenForked: "it was forked from {maker} while that held it",
        .noteEOFHiddenHolders: " {holders}, forked after the Pipe was made, held copies of {other} too, and every one had ended by then without sending on it: nothing more could come.",
        .evAsCompletedWaitEnded: "as_completed() stops waiting{waited}: work item{s} {list} done meanwhile (as_completed() yields each done item in turn, and waits again only when it has none left to yield){pending}",
        .noteExitSystemExitMessage: ": run() ended by a SystemExit with a message (what sys.exit(message) raises, or raise SystemExit(message): the record does not tell which the program wrote), and the message went to stderr: \"{message}\"",
        .noteStaleCheckMore: " (the record shows {n} such tests on a value that changed before the write in this run)",
    ]
}
