import TutorAnalysis
import TutorCore

extension EventDescriber {
    /// result()/exception() of a done Future whose work item failed: the exception the work item raised, or (round 13F)
    /// the BrokenProcessPool its executor set when it broke, if no result of that work item had come back.
    func futureReadRow(_ index: Int) -> String {
        let e = timeline.events[index]
        let call = e.string(EventField.call) ?? "result()"
        if let broken = StateQueries.brokenExecutorFailed(read: index, in: timeline.events) {
            let b = timeline.events[broken]
            return Phrase.evFutureReadBroken.text(["call": call, "work": workLabel(index), "object": b.object ?? "ProcessPoolExecutor",
                                                   "time": Format.seconds(b.t)])
        }
        return Phrase.evFutureRead.text(["call": call, "work": workLabel(index)])
    }
}
