import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The row of a program's `selectors` `select()` (gaps 24A): the tracer writes it as a `connection.wait`,
    /// `connection.waited` or `connection.ready` with `call` "selector.select()", or (gaps 26B) "select.select()"
    /// for the program's own select.select() on Connections or sentinels; nil for every other event.
    func selectorRow(_ e: TraceEvent) -> String? {
        guard e.is(anyOf: Self.selectorKinds), let call = e.string(EventField.call), Self.selectorCalls.contains(call) else { return nil }
        switch e.known {
        case .connectionWait:
            // one object: "until X is ready", not "until one of X" (gaps 27B, as connection.wait()'s row since round 25)
            let one = e.int(EventField.objects) == 1 && e[EventField.what]?.arrayValue?.count == 1
            return (one ? Phrase.evSelectorWaitOne : .evSelectorWait).text(["what": RunState.connections(e), "call": call])
        case .connectionReady:
            return Phrase.evSelectorReadyAtOnce.text(["what": RunState.connectionNames(e) ?? "?", "call": call])
        default:
            let ready = e.int(EventField.ready) ?? 0
            if ready > 0, let names = RunState.connectionNames(e, count: Int(ready)) {
                return Phrase.evSelectorWaitedNamed.text(["waited": waited(e), "what": names, "call": call])
            }
            return ready > 0 ? Phrase.evSelectorWaited.text(["waited": waited(e), "n": ready, "call": call])
                : Phrase.evSelectorGaveUp.text(["waited": waited(e), "call": call])
        }
    }

    static let selectorKinds = EventKindSet([.connectionWait, .connectionWaited, .connectionReady])
    /// The `call`s the tracer's selector_waits.py and select_waits.py write.
    static let selectorCalls = RunState.selectCalls
}
