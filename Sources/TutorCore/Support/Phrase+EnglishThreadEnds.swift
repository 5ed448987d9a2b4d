extension Phrase {
    /// The English texts of a thread whose run() raised (`thread.exit` with `raised`).
    static let englishThreadEnds: [Phrase: String] = [
        .evThreadEndsBySystemExit: "thread {name} ends by SystemExit({arg}), as sys.exit({arg}) raises: it ends only this thread, and threading ignores it silently (no traceback; the process goes on)",
        .evThreadEndsRaised: "thread {name} ends: its run() raised {error}, uncaught (handed to threading.excepthook; the process goes on)",
    ]
}
