extension Phrase {
    /// The English texts of how the main process's own code ended (`process.main.end`): an uncaught exception or
    /// sys.exit(arg), which mp-tutor's observed exit status alone cannot tell apart.
    static let englishMainEnds: [Phrase: String] = [
        .evMainEndUncaught: "its main code raised {error}, and nothing caught it (the traceback went to stderr): after the atexit handlers, Python exits with code 1",
        .evMainEndInterrupt: "its main code was interrupted by an uncaught KeyboardInterrupt: after the atexit handlers, Python ends itself with SIGINT",
        .evMainEndSysExit: "its main code called sys.exit({arg}): after the atexit handlers, Python exits with code {code}",
        .noteExitMainUncaught: ": its main code raised {error}, and nothing caught it (its traceback went to stderr)",
        .noteExitMainSysExit: ": its main code called sys.exit({arg})",
    ]
}
