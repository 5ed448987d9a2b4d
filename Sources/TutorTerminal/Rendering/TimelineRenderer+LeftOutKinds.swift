import TutorCore
import TutorAnalysis

/// The kinds a long timeline's left-out middle is said to hold.
extension TimelineRenderer {
    /// How many of the most frequent kinds are named first.
    static let leftOutKindsNamed = 4

    /// Kinds named wherever they rank: what the program printed and where its processes began and ended. Among
    /// the hundred thousand lock events of a long run, one print or eight process starts are the rarest kinds, and
    /// "and 11 other kinds" hid them where nobody would look for them (round 36L). A work item cancelled before it
    /// started has no other row: its cancel() is named too.
    static let leftOutKindsAlwaysNamed: Set<String> = ["print", "process.start", "process.exit", "process.killed", "future.cancel"]

    /// "N kind" for the most frequent kinds, then for every kind of `leftOutKindsAlwaysNamed` among the rest, then
    /// how many kinds and events are left unnamed, so that the named counts and that one add up to the events left out.
    func leftOutKindWords(_ byKind: [String: Int]) -> [String] {
        let kinds = byKind.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let first = kinds.prefix(Self.leftOutKindsNamed)
        let rest = kinds.dropFirst(Self.leftOutKindsNamed)
        let landmarks = rest.filter { Self.leftOutKindsAlwaysNamed.contains($0.key) }
        let unnamed = rest.filter { !Self.leftOutKindsAlwaysNamed.contains($0.key) }
        // A kind the catalog has no words for is shown as the transcript names it: made safe to print.
        var what = (Array(first) + landmarks).map {
            Phrase.rowsLeftOutKind.text(["n": $0.value, "kind": TextSanitizer.neutralize(Phrase.eventKind($0.key), keepColors: false)])
        }
        if !unnamed.isEmpty {
            let events = unnamed.reduce(0) { $0 + $1.value }
            what.append(Phrase.rowsLeftOutOthersEvents.text(["n": unnamed.count, "events": Phrase.countEventsLeftOut.text(["n": events])]))
        }
        return what
    }
}
