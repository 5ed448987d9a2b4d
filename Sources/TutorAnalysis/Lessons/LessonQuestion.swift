import TutorCore

/// A predict-then-reveal question: asked before the run, answered after it from the run's own events.
///
/// The lesson holds no answer, only the value query that finds it, so the reveal is true on this machine
/// and this run.
public struct LessonQuestion: Sendable, Equatable {
    /// The question in the learner's words; `{param}` placeholders are filled in.
    public var ask: String
    /// A value query in the claim language (`max_concurrent_tasks`, `first(pool.callback, process)`).
    public var answer: String
    /// Choices offered to the class; `{param}` placeholders are filled in. Empty: the learner types an answer.
    public var choices: [String]
    /// Variants the question applies to; empty means all.
    public var variants: [String]
    public var line: Int

    public init(ask: String, answer: String, choices: [String], variants: [String], line: Int) {
        self.ask = ask
        self.answer = answer
        self.choices = choices
        self.variants = variants
        self.line = line
    }
}
