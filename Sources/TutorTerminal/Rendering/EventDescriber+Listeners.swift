import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A Listener the program made, and its close (gaps 28B): the address and family, whether accept() will check an
    /// authkey, and whether the close removed an AF_UNIX socket file (the tracer looked before and after).
    func listenerLifeRow(_ e: TraceEvent) -> String {
        let values: KeyValuePairs<String, any CustomStringConvertible> = [
            "address": e.string(EventField.address) ?? "?", "family": e.string(EventField.family) ?? "?"]
        if e.is(.listenerCreate) {
            return (e.bool(EventField.authkey) == false ? Phrase.evListenerCreatedNoKey : .evListenerCreated).text(values)
        }
        return (e.bool(EventField.unlinked) == true ? Phrase.evListenerClosedUnlinked : .evListenerClosed).text(values)
    }
}
