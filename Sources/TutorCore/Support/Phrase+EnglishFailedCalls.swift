extension Phrase {
    /// The English texts of calls that failed or succeeded quietly (gaps 13A): a submission a Pool no longer running
    /// refused, Process.close() and a closed object's calls, a Process() constructor that raised, a thread's exception
    /// handed to the program's own threading.excepthook.
    static let englishFailedCalls: [Phrase: String] = [
        .evPoolRefusedClosed: "{call} refused: {object} was closed at {at} (close()), so it takes no new work ({error}); no task was made",
        .evPoolRefusedTerminated: "{call} refused: {object} was terminated at {at} (terminate()), so it takes no new work ({error}); no task was made",
        .evPoolRefusedEnded: "{call} refused: {object} is no longer running, so it takes no new work ({error}); no task was made",
        .evProcessClose: "{name}.close(): the process object's resources are released (its Popen, its sentinel); from now on its is_alive(), join(), start(), exitcode and pid raise ValueError",
        .evProcessCloseAgain: "{name}.close() again: it was closed already, so this does nothing",
        .evProcessClosedCall: "{call} of {name} raised ValueError: process object is closed: close() released it at {at}; after close() its pid, exitcode, sentinel, is_alive(), join(), start(), terminate() and kill() raise ValueError (its name and daemon flag can still be read)",
        .evProcessCreateError: "{type}() raised {error}: no process object was made, nothing started{number}",
        .evProcessCreateErrorArgs: "{type}() raised {error}: it makes a tuple of its args (tuple({value})), and {value} cannot be turned into one: for one argument write args=({value},). No process object was made, nothing started{number}",
        .evProcessCreateErrorKwargs: "{type}() raised {error}: it makes a dict of its kwargs (dict({value})), and {value} is not a mapping of argument names to values. No process object was made, nothing started{number}",
        .evProcessCreateNumber: " (it had already taken number {number} from the process counter: the default names of later processes skip it)",
        .evThreadEndsRaisedHook: "thread {name} ends: its run() raised {error}, uncaught: handed to the program's own threading.excepthook, {hook}, which decides what is printed (Python's own hook prints the traceback to stderr); the process goes on",
        .evThreadEndsBySystemExitHook: "thread {name} ends by SystemExit({arg}), as sys.exit({arg}) raises: it ends only this thread, and threading hands it to the program's own threading.excepthook, {hook}, which decides what is printed (Python's own hook ignores a SystemExit silently); the process goes on",
        .evEventPolledSet: "polled {object} with is_set() {n} time{s} over {over}: False each time, until this poll found it set (True)",
        .evEventPolledCleared: "polled {object} with is_set() {n} time{s} over {over}: True each time, until this poll found it cleared (False)",
        .evEventPolledToEnd: "polled {object} with is_set() {n} time{s} since {at}: {result} each time, with no change before this thread ended",
        .evEventPolledChanged: "is_set() of {object} returned {then}, unlike the poll before it",
        .summaryPollsHeading: "waiting by polling Event.is_set() (the thread runs between polls: not counted as waiting above):",
        .summaryPolledSet: "{who} polled {object} {n} time{s} over {over} until it was set",
        .summaryPolledCleared: "{who} polled {object} {n} time{s} over {over} until it was cleared",
        .summaryPolledToEnd: "{who} polled {object} {n} time{s} from {at} to its thread's end, and it never changed ({result})",
        .summaryPollsMore: "… and {n} more",
    ]
}
