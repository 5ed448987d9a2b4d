import TutorCore

/// The verdicts on a lesson's claims for one run.
public struct ClaimReport: Sendable {
    public struct Entry: Sendable {
        /// The claim in words, parameters filled in.
        public var text: String
        public var check: String
        public var outcome: ClaimEvaluator.Outcome
    }

    public var entries: [Entry]

    /// True when every claim held.
    public var passed: Bool { entries.allSatisfy(\.outcome.passed) }

    /// Evaluates the claims of `lesson` that apply to `variant`.
    public init(lesson: Lesson, variant: String?, parameters: [String: String], timeline: Timeline) {
        let evaluator = ClaimEvaluator(timeline: timeline)
        entries = lesson.claims.filter { LessonVariant.applies($0.variants, to: variant) }.map { claim in
            let check = LessonParameters.fill(claim.check, with: parameters)
            let outcome: ClaimEvaluator.Outcome
            do throws(ClaimParser.Failure) {
                outcome = evaluator.evaluate(try ClaimParser.parse(check))
            } catch {
                outcome = .init(passed: false, observed: "the check cannot be read: \(error.message)", observation: .unreadable(error.message))
            }
            return Entry(text: LessonParameters.fill(claim.text, with: parameters), check: check, outcome: outcome)
        }
    }
}
