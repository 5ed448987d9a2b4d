import TutorAnalysis
import TutorCore

extension EventDescriber {
    /// The row of a `pool.terminate` the program's code asked for (no finalizer's `by`): gaps 37B records who called it
    /// when it was not the program's own line (`how`: a with-block, an ExitStack, unittest's cleanups).
    func poolTerminateRow(_ e: TraceEvent, _ object: String) -> String {
        switch e.string(EventField.how) {
        case "with": return Phrase.evPoolTerminateWith.text(["object": object])
        case "stack_with": return Phrase.evPoolTerminateStackWith.text(["object": object])
        case "stack_close": return Phrase.evPoolTerminateStackClose.text(["object": object])
        case "cleanup": return Phrase.evPoolTerminateCleanup.text(["object": object])
        default: return "\(object).terminate()"
        }
    }

    /// The main process's raised SystemExit (`via` "SystemExit"): the tracer tells it only at its own last atexit hook
    /// (the script's `__file__` still set), so the row stands after the atexit handlers' rows and says so (gaps 37B).
    func mainEndRaisedExitRow() -> String { Phrase.evMainEndRaisedExitLearnt.text() }
}
