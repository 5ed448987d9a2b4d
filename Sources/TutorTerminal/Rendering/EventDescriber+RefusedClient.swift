import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A Listener's refusal of a client that had given no authkey (gaps 15A): which client, and that the "digest" it read
    /// was that client's first send(); nil where the record does not name one client.
    func refusedClientText(_ index: Int, error: String) -> String? {
        guard let (open, send) = StateQueries.refusedClient(at: index, in: timeline.events) else { return nil }
        let o = timeline.events[open], s = timeline.events[send]
        return Phrase.evRefusesNoAuthkeyClient.text(["error": error, "who": o.process, "object": o.object ?? "?",
                                                     "item": s.item ?? "?", "t": Format.seconds(s.t)])
    }
}
