import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// Gaps 33A: the Futures the program made itself, counted apart from executors' work items: how each was settled,
    /// by the first set_result()/set_exception()/cancel() → True of it in the record (a refused set changed nothing).
    func bareFutureLines() -> [String] {
        let events = timeline.events
        let made = timeline.indices(of: .futureCreate).compactMap { events[$0].object }
        guard !made.isEmpty else { return [] }
        var settled: [String: String] = [:]
        for i in timeline.indices(of: .futureSet, .futureCancel) {
            let e = events[i]
            guard let object = e.object, RunState.isBareFuture(object), settled[object] == nil else { continue }
            if e.is(.futureSet), e.string(EventField.refused) == nil { settled[object] = e.ok == false ? "failed" : "ok" }
            if e.is(.futureCancel), e.ok == true { settled[object] = "cancelled" }
        }
        let count = { (how: String?) in made.filter { settled[$0] == how }.count }
        // none set or cancelled in the record is not none set: a setter taken before the first Future() goes unrecorded (fix 35)
        let phrase = count(nil) > 0 ? Phrase.summaryBareFuturesUnrecorded : Phrase.summaryBareFutures
        return ["  " + phrase.text(["n": made.count, "ok": count("ok"), "failed": count("failed"),
                                                       "cancelled": count("cancelled"), "unset": count(nil)])]
    }
}
