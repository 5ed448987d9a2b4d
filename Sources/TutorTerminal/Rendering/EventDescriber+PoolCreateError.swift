import TutorCore

extension EventDescriber {
    /// The row of a `pool.create.error` (gaps 31C): "Pool(2) raised AssertionError: … (no pool was made)", the workers
    /// it had started and its own clean-up ended, and, when the record says the calling process is daemonic and the
    /// error is the daemon's refusal, why: `Pool()` starts its workers before it returns.
    func poolCreateErrorRow(_ e: TraceEvent) -> String {
        var error = e.string(EventField.error) ?? "?"
        if error.hasSuffix("."), !error.hasSuffix("..") { error.removeLast() }
        let given: String
        switch e[EventField.processes] {
        case nil: given = "…"                   // given, but not an int
        case .some(.null): given = ""
        case .some(let value): given = value.intValue.flatMap { (-1_000_000...1_000_000).contains($0) ? String($0) : nil } ?? "…"
        }
        var row = Phrase.evPoolCreateError.text(["call": "\(e.objectType ?? "Pool")(\(given))", "error": error])
        // range-checked: a pool's start-up loop never starts more workers than a machine could hold
        if let started = e.int(EventField.started), (1...100_000).contains(started) {
            row += started == 1 ? Phrase.evPoolCreateErrorStartedOne.text() : Phrase.evPoolCreateErrorStarted.text(["n": started])
        }
        if e.bool(EventField.daemon) == true, error.hasPrefix("AssertionError: daemonic") {
            row += Phrase.evPoolCreateErrorDaemon.text(["process": e.process])
        }
        return row
    }
}
