import TutorAnalysis
import TutorCore

extension EventDescriber {
    /// How the main process's own code ended (`process.main.end`), as it recorded it at its interpreter exit.
    func mainEndRow(_ e: TraceEvent) -> String {
        switch e.string(EventField.via) {
        case "uncaught KeyboardInterrupt": return Phrase.evMainEndInterrupt.text()
        case "sys.exit()":
            return Phrase.evMainEndSysExit.text(["arg": e.string(EventField.exitArg) ?? "…", "code": e.exitCode.map(String.init) ?? "?"])
        // gaps 12A: the site's exit()/quit(), a SystemExit the program raised itself, its own os._exit()
        case let call? where call == "exit()" || call == "quit()":
            return Phrase.evMainEndSiteExit.text(["call": String(call.dropLast(2)), "arg": e.string(EventField.exitArg) ?? "…",
                                                  "code": e.exitCode.map(String.init) ?? "?"])
        case "SystemExit": return mainEndRaisedExitRow()
        // round 13F: a work item's SystemExit that result() raised again
        case "result()":
            return Phrase.evMainEndFutureExit.text(["arg": e.string(EventField.exitArg) ?? "…", "code": e.exitCode.map(String.init) ?? "?",
                                                    "work": StateQueries.futureExitWork(e)])
        case "os._exit()":
            return Phrase.evMainEndOsExit.text(["arg": e.string(EventField.exitArg) ?? "…", "code": e.exitCode.map(String.init) ?? "?"])
        default:
            let error = e.string(EventField.error) ?? e.string(EventField.raised) ?? "?"
            // the program's own sys.excepthook decides what is printed: no "the traceback went to stderr"
            if let hook = e.string(EventField.excepthook) { return Phrase.evMainEndHook.text(["error": error, "hook": hook]) }
            return Phrase.evMainEndUncaught.text(["error": error])
        }
    }
}
