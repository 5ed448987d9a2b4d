import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A thread's end; when its run() raised, what (`raised`: SystemExit's code in `exit_arg`, any other's text in `error`).
    func threadExitRow(_ e: TraceEvent) -> String {
        let name = e.name ?? "?"
        guard let raised = e.string(EventField.raised) else { return Phrase.evThreadExit.text(["name": name]) }
        // The program's own threading.excepthook got it (gaps 13A): what is printed, if anything, is up to that hook.
        // threading.excepthook set to None (gaps 14B): threading called the hook it found when the Thread was made.
        let hook = e.string(EventField.excepthook)
        let none = e.bool(EventField.excepthookNone) == true
        if raised == "SystemExit" {
            let arg = e.string(EventField.exitArg) ?? "…"
            guard let hook else {
                return (none ? Phrase.evThreadEndsBySystemExitHookNone : .evThreadEndsBySystemExit).text(["name": name, "arg": arg])
            }
            return (none ? Phrase.evThreadEndsBySystemExitHookNoneOwn : .evThreadEndsBySystemExitHook)
                .text(["name": name, "arg": arg, "hook": hook])
        }
        let error = e.string(EventField.error) ?? raised
        guard let hook else {
            return (none ? Phrase.evThreadEndsRaisedHookNone : .evThreadEndsRaised).text(["name": name, "error": error])
        }
        return (none ? Phrase.evThreadEndsRaisedHookNoneOwn : .evThreadEndsRaisedHook).text(["name": name, "error": error, "hook": hook])
    }
}

extension EventDescriber {
    /// A `thread.rename` (gaps 31A), tied to the renamed thread's lane: the lane and its start row keep the name the
    /// thread started with (`Timeline.renamedThreadLanes`).
    func threadRenameRow(_ e: TraceEvent, index: Int) -> String {
        let name = e.name ?? "?", old = e.string(EventField.old) ?? "?"
        let lane = timeline.renamedThreadLanes[index] ?? old
        let own = lane == e.thread
        if lane == "MainThread" && own { return Phrase.evMainThreadRenamed.text(["name": name, "old": old]) }
        let was = old == lane ? "" : Phrase.evThreadRenamedWas.text(["old": old])
        return (own ? Phrase.evThreadRenamesItself : .evThreadRenamesOther).text(["name": name, "was": was, "lane": lane])
    }
}
