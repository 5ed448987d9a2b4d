import TutorCore

/// A signal a process sent itself: by os.kill(os.getpid(), sig) or, since gaps 19A, by signal.raise_signal(sig).
extension Phrase {
    /// The `call` the tracer writes on process.signal.self for signal.raise_signal().
    static let raiseSignalCall = "signal.raise_signal()"

    /// The note's words for how `sender` (a process.signal.self) sent the signal that ended it.
    static func signalledItself(_ sender: TraceEvent) -> Phrase {
        sender.string(EventField.call) == raiseSignalCall ? .noteSignalledItselfRaised : .noteSignalledItself
    }
}
