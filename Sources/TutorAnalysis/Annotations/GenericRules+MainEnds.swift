import TutorCore

extension GenericRules {
    /// Why the main process exited with `code`, from its own record of how its code ended (`process.main.end`), where
    /// that record agrees with the status mp-tutor observed; nil when it does not tell. A SystemExit the program
    /// raised itself carries no code (the tracer cannot see it): the observed status is its code.
    func mainEndCause(_ main: TraceEvent, code: Int64) -> String? {
        let via = main.string(EventField.via)
        if via == "SystemExit" { return main.exitCode == nil ? Phrase.noteExitMainRaisedExit.text() : nil }
        guard main.exitCode == code else { return nil }
        let arg = main.string(EventField.exitArg) ?? "…"
        switch via {
        case "uncaught exception":
            let error = main.string(EventField.error) ?? main.string(EventField.raised) ?? "?"
            if let hook = main.string(EventField.excepthook) { return Phrase.noteExitMainHook.text(["error": error, "hook": hook]) }
            return Phrase.noteExitMainUncaught.text(["error": error])
        case "sys.exit()": return Phrase.noteExitMainSysExit.text(["arg": arg])
        case "result()": return Phrase.noteExitMainFutureExit.text(["arg": arg, "work": StateQueries.futureExitWork(main)])
        case "exit()", "quit()": return Phrase.noteExitMainSiteExit.text(["call": String((via ?? "exit()").dropLast(2)), "arg": arg])
        case "os._exit()":
            let who = main.thread == "MainThread" ? Phrase.noteExitOsExitIt.text() : Phrase.noteExitOsExitThread.text(["thread": main.thread])
            return Phrase.noteExitMainOsExit.text(["who": who, "arg": arg])
        default: return nil
        }
    }
}
