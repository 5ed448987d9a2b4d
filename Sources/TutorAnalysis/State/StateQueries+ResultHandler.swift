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
        guard events.indices.contains(wait), events[wait].is(.poolWait), let pool = events[wait].object,
              let job = events[wait].job, job >= 0, events[wait].string(EventField.call) != "join()" else { return nil }
        let pid = events[wait].pid
        let poolOfJob: (Int64) -> String? = { j in
            events[..<wait].last { $0.is(.poolSubmit) && $0.job == j && $0.pid == pid }?.object
        }
        guard let died = events[..<wait].lastIndex(where: { e in
            guard e.is(.poolCallbackEnd), e.pid == pid, e.ok == false, let error = e.string(EventField.error),
                  !error.hasPrefix("KeyError"), let j = e.job else { return false }
            return poolOfJob(j) == pool
        }) else { return nil }
        let back = events[..<wait].contains { $0.is(.poolResult) && $0.job == job && $0.pid == pid }
        return back ? nil : died
    }
}
