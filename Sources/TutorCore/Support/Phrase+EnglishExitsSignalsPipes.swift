extension Phrase {
    /// The English texts of gaps 12A: how the main process's code ended when it was not sys.exit() nor Python's own
    /// traceback (the site's exit(), a raised SystemExit, os._exit(), a replaced sys.excepthook).
    static let englishExitsSignalsPipes: [Phrase: String] = [
        .evMainEndSiteExit: "its main code called {call}({arg}), the site's helper for the interactive prompt (it raises SystemExit as sys.exit() does): after the atexit handlers, Python exits with code {code}",
        .evMainEndRaisedExit: "its main code ended by a SystemExit that a raise statement made (not sys.exit() nor exit()), and nothing caught it: after the atexit handlers, Python exits with the code it carries",
        .evMainEndOsExit: "os._exit({arg}): the process ends at once with code {code}: no atexit handler runs, not even multiprocessing's, which would join the children still running (and terminate the daemonic ones first), and output still in a buffer is not flushed",
        .evMainEndHook: "its main code raised {error}, and nothing caught it: Python handed it to the program's own sys.excepthook, {hook}, which decides what is printed (Python's own hook prints the traceback to stderr): after the atexit handlers, Python exits with code 1",
        .noteExitMainSiteExit: ": its main code called {call}({arg}), the site's helper, which raises SystemExit as sys.exit() does",
        .noteExitMainRaisedExit: ": its main code ended by a SystemExit that a raise statement made (not sys.exit() nor exit()), and nothing caught it",
        .noteExitMainOsExit: ": {who} called os._exit({arg}), which ends the process at once: no atexit handler ran, not even multiprocessing's, which would have joined the children still running (and terminated the daemonic ones first)",
        .noteExitMainHook: ": its main code raised {error}, and nothing caught it (Python handed it to the program's own sys.excepthook, {hook}, which decides what is printed: perhaps no traceback)",
        // a group's signal and the run's processes in the group as it was sent (gaps 12A)
        .evSignalGroupMembers: "; of this run, in that group as it is sent: {names}",
        .evSignalGroupNoMembers: "; no process of this run is in that group as it is sent",
        .noteGroupSignal: " ({by} sent {signal} to process group {pgid} with {call}, and it was in that group as it was sent)",
        // a Pipe end a forked child inherited from the process that made the Pipe (gaps 12A)
        .hangPipeEndInherited: "{who} waits in {call} on {object} {end}, and nothing more can come: {senders}, the only process that sent on {other}, has ended. recv() raises EOFError only once every copy of {other} is closed, in every process, and {who} itself still holds one: it was started by fork after {maker} made the Pipe, so it began with a copy of every end {maker} had open, {other} among them, and no close() of its {other} was recorded. Under fork, give the reader the end it must not keep and close it first thing there (w.close()), or use spawn or forkserver, whose children get only the ends they are given.",
        // the main process's own os._exit(): it has no parent in the run to inherit handlers from (gaps 12A)
        .evAtexitSkippedMain: "os._exit() skips the atexit handlers: those the program registered ({count}: {handlers}) do not run",
        .evAtexitSkippedMainLibraryOnly: "os._exit() skips the atexit handlers: those libraries registered ({handlers}) do not run",
    ]
}
