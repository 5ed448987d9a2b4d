extension Phrase {
    /// The English texts of the atexit handlers a child started by fork or forkserver never runs.
    static let englishAtexitHandlers: [Phrase: String] = [
        .evAtexitSkipped: "leaves by os._exit(), as every child started by fork or forkserver does after run(): the atexit handlers the program registered here or, before the fork, in its parent ({count}: {handlers}) do not run in this process (a spawn child leaves by sys.exit() and runs its own)",
    ]
}
