extension Phrase {
    /// The English texts of the atexit handlers a child started by fork or forkserver never runs.
    static let englishAtexitHandlers: [Phrase: String] = [
        .evAtexitSkipped: "leaves by os._exit(), as every child started by fork or forkserver does after run(): the atexit handlers the program registered here or, before the fork, in its parent ({count}: {handlers}) do not run in this process (a spawn child leaves by sys.exit() and runs its own)",
        .evAtexitSkippedLibrary: "; those libraries registered are skipped too ({handlers})",
        .evAtexitSkippedLibraryOnly: "leaves by os._exit(), as every child started by fork or forkserver does after run(): the atexit handlers libraries registered here or, before the fork, in its parent ({handlers}) do not run in this process (multiprocessing's own exit function is not among them: run()'s cleanup calls it)",
        .evAtexitSkippedOsExit: "os._exit() skips the atexit handlers: those the program registered here or, before a fork, in its parent ({count}: {handlers}) do not run in this process",
        .evAtexitSkippedOsExitLibraryOnly: "os._exit() skips the atexit handlers: those libraries registered here or, before a fork, in its parent ({handlers}) do not run in this process",
    ]
}
