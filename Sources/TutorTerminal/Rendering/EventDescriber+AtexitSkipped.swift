import TutorCore

extension EventDescriber {
    /// The atexit handlers a process leaving by os._exit() skips: after run() in a fork/forkserver child, or at the
    /// program's own os._exit() (`via`); the program's handlers and the libraries' (`library_handlers`) said apart.
    func atexitSkippedRow(_ e: TraceEvent) -> String {
        let count = e.int(EventField.count) ?? 0
        let byOsExit = e.string(EventField.via) == "os._exit"
        let library = e.string(EventField.libraryHandlers)
        guard count > 0 else {
            let handlers = library ?? "?"
            return (byOsExit ? Phrase.evAtexitSkippedOsExitLibraryOnly : Phrase.evAtexitSkippedLibraryOnly).text(["handlers": handlers])
        }
        let row = (byOsExit ? Phrase.evAtexitSkippedOsExit : Phrase.evAtexitSkipped)
            .text(["count": count, "handlers": e.string(EventField.handlers) ?? "?"])
        return row + (library.map { Phrase.evAtexitSkippedLibrary.text(["handlers": $0]) } ?? "")
    }
}
