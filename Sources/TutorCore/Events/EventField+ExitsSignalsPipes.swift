extension EventField {
    /// On the main process's `process.main.end` of an uncaught exception: the name of the program's own
    /// sys.excepthook, which got it instead of Python's (it decides what is printed; gaps 12A).
    public static let excepthook = "excepthook"
    /// On a group's `process.signal.sent` (`to_pgid`): the run's processes in that group as it was sent, by pid
    /// (Linux; absent where the tracer could not tell, and in older transcripts; gaps 12A).
    public static let members = "members"
}
