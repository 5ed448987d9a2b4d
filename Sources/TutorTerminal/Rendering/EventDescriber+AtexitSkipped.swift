import TutorCore

extension EventDescriber {
    /// The atexit handlers a process leaving by os._exit() skips: after run() in a fork/forkserver child, or at the
    /// program's own os._exit() (`via`); the program's handlers and the libraries' (`library_handlers`) said apart.
    /// `via` "atexit._clear": those a fork/forkserver child inherited and its multiprocessing cleared (3.13).
    func atexitSkippedRow(_ e: TraceEvent) -> String {
        let count = e.int(EventField.count) ?? 0
        let via = e.string(EventField.via)
        let library = e.string(EventField.libraryHandlers)
        if via == "atexit._clear" { return atexitClearedRow(count: count, handlers: e.string(EventField.handlers), library: library) }
        let byOsExit = via == "os._exit"
        // the main process's own os._exit() (gaps 12A): no parent of the run whose handlers it could have inherited
        let main = byOsExit && timeline.process(pid: e.pid)?.role == "main"
        guard count > 0 else {
            let handlers = library ?? "?"
            let phrase = main ? Phrase.evAtexitSkippedMainLibraryOnly : byOsExit ? .evAtexitSkippedOsExitLibraryOnly : .evAtexitSkippedLibraryOnly
            return phrase.text(["handlers": handlers])
        }
        let row = (main ? Phrase.evAtexitSkippedMain : byOsExit ? Phrase.evAtexitSkippedOsExit : Phrase.evAtexitSkipped)
            .text(["count": count, "handlers": e.string(EventField.handlers) ?? "?"])
        return row + (library.map { Phrase.evAtexitSkippedLibrary.text(["handlers": $0]) } ?? "")
    }
}

private extension EventDescriber {
    func atexitClearedRow(count: Int64, handlers: String?, library: String?) -> String {
        guard count > 0 else { return Phrase.evAtexitClearedLibraryOnly.text(["handlers": library ?? "?"]) }
        return Phrase.evAtexitCleared.text(["count": count, "handlers": handlers ?? "?"])
            + (library.map { Phrase.evAtexitClearedLibrary.text(["handlers": $0]) } ?? "")
    }
}
