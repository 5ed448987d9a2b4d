import TutorCore

extension EventDescriber {
    /// How the main process's own code ended (`process.main.end`), as it recorded it at its interpreter exit.
    func mainEndRow(_ e: TraceEvent) -> String {
        switch e.string(EventField.via) {
        case "uncaught KeyboardInterrupt": return Phrase.evMainEndInterrupt.text()
        case "sys.exit()":
            return Phrase.evMainEndSysExit.text(["arg": e.string(EventField.exitArg) ?? "…", "code": e.exitCode.map(String.init) ?? "?"])
        default:
            return Phrase.evMainEndUncaught.text(["error": e.string(EventField.error) ?? e.string(EventField.raised) ?? "?"])
        }
    }
}
