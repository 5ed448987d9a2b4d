import TutorCore

/// One question of a lesson and, once a run is over, its answer as the run showed it.
public struct QuestionReveal: Sendable, Equatable {
    /// The question, parameters filled in.
    public var ask: String
    /// The choices, parameters filled in (empty for a typed answer).
    public var choices: [String]
    /// The query behind the answer, parameters filled in.
    public var query: String
    /// The run's value, as shown to the learner; nil when the run gave none (or the query cannot be read).
    public var answer: String?
    /// Why there is no answer, when there is none.
    public var problem: String?

    /// The index of the choice the run's answer matches, if any.
    public var correctChoice: Int? {
        guard let answer else { return nil }
        return choices.firstIndex { QuestionReveal.same($0, answer) }
    }

    /// Whether `given` (a typed answer, or a choice's text) is the run's answer: numbers compare as numbers,
    /// text without regard to case or surrounding spaces.
    public func isCorrect(_ given: String) -> Bool {
        guard let answer else { return false }
        return Self.same(given, answer)
    }

    static func same(_ a: String, _ b: String) -> Bool {
        let x = a.trimmingCharacters(in: .whitespaces), y = b.trimmingCharacters(in: .whitespaces)
        if let m = Double(x), let n = Double(y) { return m == n }
        return x.lowercased() == y.lowercased()
    }
}
