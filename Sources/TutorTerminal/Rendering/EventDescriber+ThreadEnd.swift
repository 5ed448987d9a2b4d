import TutorCore

extension EventDescriber {
    /// A thread's end; when its run() raised, what (`raised`: SystemExit's code in `exit_arg`, any other's text in `error`).
    func threadExitRow(_ e: TraceEvent) -> String {
        let name = e.name ?? "?"
        guard let raised = e.string(EventField.raised) else { return Phrase.evThreadExit.text(["name": name]) }
        // The program's own threading.excepthook got it (gaps 13A): what is printed, if anything, is up to that hook.
        let hook = e.string(EventField.excepthook)
        if raised == "SystemExit" {
            let arg = e.string(EventField.exitArg) ?? "…"
            guard let hook else { return Phrase.evThreadEndsBySystemExit.text(["name": name, "arg": arg]) }
            return Phrase.evThreadEndsBySystemExitHook.text(["name": name, "arg": arg, "hook": hook])
        }
        let error = e.string(EventField.error) ?? raised
        guard let hook else { return Phrase.evThreadEndsRaised.text(["name": name, "error": error]) }
        return Phrase.evThreadEndsRaisedHook.text(["name": name, "error": error, "hook": hook])
    }
}
