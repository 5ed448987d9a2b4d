import TutorCore

extension StateQueries {
    /// The `pool.callback.end` (a callback that raised something other than `KeyError`) that ended the result-handler
    /// thread of the pool the wait at `wait` is on, before that wait began, when no result of the waited job had come
    /// back by then; nil otherwise.
    ///
    /// CPython 3.11's `_handle_results` calls callbacks inside `cache[job]._set()` with only `except KeyError: pass`
    /// around it: any other exception ends the thread, and no later result of that pool reaches the parent.
    /// `Pool.join()` (job −1) waits for workers, not results: not this case.
    static func resultHandlerDiedBeforeWait(_ wait: Int, in events: [TraceEvent]) -> Int? {
        resultHandlerDiedBeforeWait(wait, in: PoolWaitLookup(events))
    }

    /// The same, with the run's steps gathered once (one query per wait of a long run).
    static func resultHandlerDiedBeforeWait(_ wait: Int, in lookup: PoolWaitLookup) -> Int? {
        let events = lookup.events
        guard events.indices.contains(wait), events[wait].is(.poolWait), let pool = events[wait].object,
              let job = events[wait].job, job >= 0, events[wait].string(EventField.call) != "join()" else { return nil }
        let pid = events[wait].pid
        let poolOfJob: (Int64) -> String? = { j in
            PoolWaitLookup.last(lookup.submits[.init(pid: pid, job: j)], before: wait).flatMap { events[$0].object }
        }
        let earlier = lookup.failedCallbackEnds[..<PoolWaitLookup.count(lookup.failedCallbackEnds, before: wait)]
        guard let died = earlier.last(where: { i in
            let e = events[i]
            guard e.pid == pid, let error = e.string(EventField.error), !error.hasPrefix("KeyError"), let j = e.job else { return false }
            return poolOfJob(j) == pool
        }) else { return nil }
        let back = PoolWaitLookup.any(lookup.results[.init(pid: pid, job: job)], in: 0..<wait)
        return back ? nil : died
    }
}
