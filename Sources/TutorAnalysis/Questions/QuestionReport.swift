import TutorCore

/// The answers to a lesson's questions, read from one run's timeline.
public struct QuestionReport: Sendable {
    public var reveals: [QuestionReveal]

    /// True when every question's query gave a value on this run.
    public var answeredAll: Bool { reveals.allSatisfy { $0.answer != nil } }

    /// The answered questions whose choices hold no choice that is the run's value: the lesson offers no right
    /// answer for this input (gaps 29C: pool-map with `--set chunksize=0` made 6 tasks and offered 1, 0, 4, 12).
    public var unmatched: [QuestionReveal] { reveals.filter { $0.answer != nil && !$0.choices.isEmpty && $0.correctChoice == nil } }

    /// The questions of `lesson` that apply to `variant`, parameters filled in, not yet answered.
    public static func questions(of lesson: Lesson, variant: String?, parameters: [String: String]) -> [QuestionReveal] {
        lesson.questions.filter { LessonVariant.applies($0.variants, to: variant) }.map { question in
            QuestionReveal(ask: LessonParameters.fill(question.ask, with: parameters),
                           choices: Self.distinct(question.choices.compactMap { Self.fill($0, with: parameters) }),
                           query: LessonParameters.fill(question.answer, with: parameters), answer: nil, problem: nil)
        }
    }

    /// A choice with its parameters and computed values filled in (gaps 29C). The lesson's reader has computed
    /// every expression at each parameter's bounds and default; one that still fails on some value between them
    /// drops its choice rather than show a wrong number, and the reveal then shows the run's value.
    static func fill(_ choice: String, with parameters: [String: String]) -> String? {
        do throws(ClaimParser.Failure) {
            return try ChoiceExpression.fill(choice, with: parameters)
        } catch {
            return nil
        }
    }

    /// Each filled choice once, in order (round 27S: pool-map's choices "1", "{chunksize}", "4" with `--set
    /// chunksize=1` listed "1" twice; a run that showed 1 would mark the first, and either read as an answer).
    static func distinct(_ choices: [String]) -> [String] {
        var seen = Set<String>()
        return choices.filter { seen.insert($0).inserted }
    }

    /// Answers the questions of `lesson` that apply to `variant` from `timeline`.
    public init(lesson: Lesson, variant: String?, parameters: [String: String], timeline: Timeline) {
        let evaluator = ClaimEvaluator(timeline: timeline)
        reveals = Self.questions(of: lesson, variant: variant, parameters: parameters).map { question in
            var reveal = question
            do throws(ClaimParser.Failure) {
                let (value, _) = evaluator.value(of: try ClaimParser.parseValue(question.query))
                if let value {
                    reveal.answer = ClaimEvaluator.show(value)
                } else {
                    reveal.problem = Phrase.qNoValue.text(["query": question.query])
                }
            } catch {
                reveal.problem = Phrase.qUnreadable.text(["message": error.message])
            }
            return reveal
        }
    }
}
