import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The row of a program's `selectors` `select()` (gaps 24A): the tracer writes it as a `connection.wait`,
    /// `connection.waited` or `connection.ready` with `call` "selector.select()"; nil for every other event.
    func selectorRow(_ e: TraceEvent) -> String? {
        guard e.is(anyOf: Self.selectorKinds), e.string(EventField.call) == Self.selectorCall else { return nil }
        switch e.known {
        case .connectionWait:
            return Phrase.evSelectorWait.text(["what": RunState.connections(e)])
        case .connectionReady:
            return Phrase.evSelectorReadyAtOnce.text(["what": RunState.connectionNames(e) ?? "?"])
        default:
            let ready = e.int(EventField.ready) ?? 0
            if ready > 0, let names = RunState.connectionNames(e, count: Int(ready)) {
                return Phrase.evSelectorWaitedNamed.text(["waited": waited(e), "what": names])
            }
            return ready > 0 ? Phrase.evSelectorWaited.text(["waited": waited(e), "n": ready])
                : Phrase.evSelectorGaveUp.text(["waited": waited(e)])
        }
    }

    static let selectorKinds = EventKindSet([.connectionWait, .connectionWaited, .connectionReady])
    /// The `call` the tracer's selector_waits.py writes.
    static let selectorCall = "selector.select()"
}
