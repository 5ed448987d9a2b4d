import TutorCore
import TutorAnalysis

/// The rows of a Pool callback that raised, and of a Pool's close() or terminate() that raised.
extension EventDescriber {
    func poolErrorRow(_ e: TraceEvent, index: Int, _ object: String) -> String {
        let error = e.string(EventField.error) ?? Phrase.evAnException.text()
        switch e.known {
        case .poolCallbackEnd:
            // The callback runs inside ApplyResult._set on the pool's _handle_results thread (3.11): its
            // `except KeyError: pass` swallows a KeyError, so _set never reaches its event.set(); any other
            // exception leaves the thread's loop and ends it.
            let callback = timeline.events[..<index].last { $0.is(.poolCallback) && $0.job == e.job && $0.pid == e.pid }
            let phrase = error == "KeyError" || error.hasPrefix("KeyError:") ? Phrase.evCallbackRaisedKeyError : .evCallbackRaised
            return phrase.text(["func": callback?.function ?? "?", "task": taskName(e), "error": error])
        default:
            return Phrase.evPoolCallFailed.text(["object": object, "call": e.is(.poolClose) ? "close()" : "terminate()", "error": error])
        }
    }
}
