import TutorCore

/// The verdicts on a lesson's claims for one run.
public struct ClaimReport: Sendable {
    public struct Entry: Sendable {
        /// The claim in words, parameters filled in.
        public var text: String
        public var check: String
        public var outcome: ClaimEvaluator.Outcome
        /// The run recorded nothing to judge the claim by: it is neither proved nor disproved.
        public var unproved = false
        /// The claim needs free cores, did not hold, and the run measured a busy machine (load 31): not judged, and
        /// never counted as held. `outcome.observation` says why, with what the run showed.
        public var notJudgedBusy = false
    }

    public var entries: [Entry]
    /// Why no claim could be judged (the run did not record), if so.
    public var unprovedBecause: String?

    /// True when every claim held.
    public var passed: Bool { entries.allSatisfy(\.outcome.passed) }
    /// No claim failed, but some could not be judged because the machine was busy.
    public var passedExceptBusy: Bool {
        !passed && entries.allSatisfy { $0.outcome.passed || $0.notJudgedBusy }
    }

    /// Evaluates the claims of `lesson` that apply to `variant`.
    public init(lesson: Lesson, variant: String?, parameters: [String: String], timeline: Timeline) {
        let evaluator = ClaimEvaluator(timeline: timeline)
        // A claim is never proved on no data: "no task ran twice at once" holds on zero events too.
        let problem = timeline.trailer?.run.recordingProblem.map { RecordedProblem($0).text } ?? (timeline.events.isEmpty ? Phrase.unprovedNoEvents.text() : nil)
        unprovedBecause = problem
        entries = lesson.claims.filter { LessonVariant.applies($0.variants, to: variant) }.map { claim in
            let check = LessonParameters.fill(claim.check, with: parameters)
            if let problem {
                return Entry(text: LessonParameters.fill(claim.text, with: parameters), check: check,
                             outcome: .init(passed: false, observed: Phrase.observedNotProved.text(in: .en, ["problem": problem]),
                                             observation: .notProved(problem)), unproved: true)
            }
            let outcome: ClaimEvaluator.Outcome
            do throws(ClaimParser.Failure) {
                outcome = evaluator.evaluate(try ClaimParser.parse(check))
            } catch {
                outcome = .init(passed: false, observed: Phrase.claimCheckUnreadable.text(["message": error.message]), observation: .unreadable(error.message))
            }
            var entry = Entry(text: LessonParameters.fill(claim.text, with: parameters), check: check, outcome: outcome)
            if claim.needsFreeCores, !outcome.passed, let load = timeline.trailer?.run.machineLoad, load.isBusy {
                entry.notJudgedBusy = true
                entry.outcome.observation = .notJudgedBusy(load, outcome.observation)
            }
            return entry
        }
    }
}
