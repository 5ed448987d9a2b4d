import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// Why a `wait(return_when=FIRST_EXCEPTION or FIRST_COMPLETED)` returned with work items still not done (gaps 17A,
    /// r16f_first_exception_collect_rest: "wait() returned after 610 ms · 3 still not done" did not say that work item 2
    /// had raised): the first of its work items whose outcome came back while it waited (`future.result`, where the
    /// Future is given its result or exception and wakes the waiter), raising for FIRST_EXCEPTION. Empty when the record
    /// does not show one (a wait on several executors' futures, futures done before the wait, every item done).
    func waitReturnReason(_ index: Int) -> String {
        let events = timeline.events, e = events[index]
        guard e.ok == true, (e.pending ?? 0) > 0, e.string(EventField.call) == "wait()",
              let start = timeline.indices(of: .executorWait).last(where: { $0 < index && events[$0].pid == e.pid && events[$0].thread == e.thread }),
              events[start].string(EventField.call) == "wait()", let object = events[start].object,
              let when = events[start].string(EventField.returnWhen), when == "FIRST_EXCEPTION" || when == "FIRST_COMPLETED" else { return "" }
        let works = Set((events[start][EventField.works]?.arrayValue ?? []).compactMap(\.intValue))
        let first = timeline.indices(of: .futureResult).first { i in
            let r = events[i]
            guard i > start, i < index, r.object == object, let work = r.int(EventField.work), works.contains(work) else { return false }
            return when == "FIRST_COMPLETED" || r.ok == false
        }
        guard let first else { return "" }
        let r = events[first], work = r.int(EventField.work) ?? 0, t = Format.seconds(r.t)
        let what = r.ok == false
            ? Phrase.evWaitReasonRaised.text(["work": work, "error": r.string(EventField.error) ?? "?", "t": t])
            : Phrase.evWaitReasonDone.text(["work": work, "t": t])
        return (when == "FIRST_EXCEPTION" ? Phrase.evWaitReasonFirstException : .evWaitReasonFirstCompleted).text(["what": what])
    }
}

extension EventDescriber {
    /// The end of one wait inside an `as_completed()` loop (gaps 17A, r16f_shareable_list_executor: "as_completed()
    /// returned after 23 ms" once, for a loop that yielded four times). The tracer records a wait where as_completed()
    /// blocks, when none of its items is done and not yet yielded; the generator itself goes on. Said as the wait's end,
    /// with the items whose outcome came back while it waited (nil when none was recorded, or not an as_completed()).
    func asCompletedWaitEnd(_ index: Int, left: String) -> String? {
        let events = timeline.events, e = events[index]
        guard e.ok == true, e.string(EventField.call) == "as_completed()",
              let start = timeline.indices(of: .executorWait).last(where: { $0 < index && events[$0].pid == e.pid && events[$0].thread == e.thread }),
              events[start].string(EventField.call) == "as_completed()", let object = events[start].object else { return nil }
        let works = Set((events[start][EventField.works]?.arrayValue ?? []).compactMap(\.intValue))
        let done = timeline.indices(of: .futureResult).filter { i in
            i > start && i < index && events[i].object == object && events[i].int(EventField.work).map(works.contains) == true
        }.compactMap { events[$0].int(EventField.work) }
        guard !done.isEmpty else { return nil }
        return Phrase.evAsCompletedWaitEnded.text(["waited": waited(e), "n": done.count, "list": done.map(String.init).joined(separator: Phrase.listComma.text()),
                                                   "pending": left])
    }
}
