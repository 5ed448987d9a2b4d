import TutorCore

extension StateQueries {
    /// The work items of `figures`' executor that raised and whose exception no program code received by the end of the
    /// record: no `result()`/`exception()` of it ended other than by `TimeoutError` (`future.waited`; one after its Future was
    /// set with an error reads it, round 34F), and none of a done
    /// Future read it (`future.read`). Asked only of an executor whose `executor.create` says such reads are recorded
    /// (`reads`: tracers since gaps 11B); an older record says nothing, never guesses (gaps 10A's left list: an unread
    /// Future exception was not reported, as the Pool's unread errors are).
    public static func unreadFutureErrors(of figures: ExecutorFigures, in timeline: Timeline) -> [(work: Int64, error: String)] {
        guard !figures.raisedWork.isEmpty else { return [] }
        let events = timeline.events
        guard let create = events.first(where: { $0.is(.executorCreate) && $0.object == figures.executor }),
              create.bool(EventField.reads) == true else { return [] }
        var read: Set<Int64> = []
        // A work item that itself raised TimeoutError (round 34F: a leftover signal.alarm's handler) is read by a result()
        // that ends in TimeoutError after its Future was set with that error: result() raises the item's exception once
        // it is done, and its own timeout only while it is not (concurrent.futures' _base.py).
        var setAt: [Int64: Int] = [:]
        for i in timeline.indices(of: .futureResult) where events[i].object == figures.executor && events[i].ok == false
            && events[i].string(EventField.error) == "TimeoutError" {
            if let work = events[i].int(EventField.work), setAt[work] == nil { setAt[work] = i }
        }
        for i in timeline.indices(of: .futureWaited, .futureRead) where events[i].object == figures.executor {
            let e = events[i]
            guard let work = e.int(EventField.work) else { continue }
            if e.is(.futureWaited), e.string(EventField.error) == "TimeoutError", !(setAt[work].map { $0 < i } ?? false) { continue }
            read.insert(work)
        }
        return figures.raisedWork.filter { !read.contains($0.work) }
    }
}
