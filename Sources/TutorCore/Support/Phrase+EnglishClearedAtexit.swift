extension Phrase {
    /// The English texts of the atexit handlers a fork/forkserver child inherits and its multiprocessing clears
    /// right after the fork (Python 3.13: `atexit._clear()` in popen_fork and the forkserver).
    static let englishClearedAtexit: [Phrase: String] = [
        .evAtexitCleared: "the atexit handlers the program registered before the fork ({count}: {handlers}) were cleared in this child right after the fork: in this Python, multiprocessing calls atexit._clear() there, so only the handlers registered in this process run when it ends",
        .evAtexitClearedLibrary: "; those libraries registered were cleared too ({handlers})",
        .evAtexitClearedLibraryOnly: "the atexit handlers libraries registered before the fork ({handlers}) were cleared in this child right after the fork: in this Python, multiprocessing calls atexit._clear() there, so only the handlers registered in this process run when it ends",
    ]
}
