import TutorCore

extension EventDescriber {
    /// A thread's end; when its run() raised, what (`raised`: SystemExit's code in `exit_arg`, any other's text in `error`).
    func threadExitRow(_ e: TraceEvent) -> String {
        let name = e.name ?? "?"
        guard let raised = e.string(EventField.raised) else { return Phrase.evThreadExit.text(["name": name]) }
        if raised == "SystemExit" {
            return Phrase.evThreadEndsBySystemExit.text(["name": name, "arg": e.string(EventField.exitArg) ?? "…"])
        }
        return Phrase.evThreadEndsRaised.text(["name": name, "error": e.string(EventField.error) ?? raised])
    }
}
