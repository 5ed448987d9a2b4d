import TutorAnalysis

/// Every event of a run in words, made when asked for: a screen shows one event's words and its lanes'
/// neighbours, so putting a million events in words before the first screen (twice: with colour and
/// for searching) only delayed that screen and held the text in memory.
struct EventTexts: Sendable, RandomAccessCollection {
    let describer: EventDescriber
    let lowercased: Bool

    var startIndex: Int { 0 }
    var endIndex: Int { describer.timeline.events.count }

    subscript(index: Int) -> String {
        let text = describer.describe(index)
        return lowercased ? text.lowercased() : text
    }
}
