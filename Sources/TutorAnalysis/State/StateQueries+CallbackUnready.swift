import TutorCore

extension StateQueries {
    /// What kept a Pool result from ever being ready: the `pool.callback` and the failed `pool.callback.end` of the
    /// job a timed-out `pool.get` waited for.
    struct UnreadyResult: Equatable {
        let callback: Int
        let callbackEnd: Int
    }

    /// For the `pool.get` at `step` that raised TimeoutError, or the `pool.waited` of a `wait(timeout)` that returned
    /// before the result was ready: the job's own callback (or error_callback) that raised, in the same process, after
    /// its result came back and before this wait gave up; nil otherwise.
    ///
    /// CPython 3.11's `ApplyResult._set()` (and `MapResult._set()` for the last chunk) call the callback first and
    /// only then `self._event.set()`: a callback that raises leaves the result never ready, whatever the exception
    /// (`_handle_results` swallows a KeyError and goes on; any other one ends that thread). `get()` and `wait()` on
    /// that job can then only time out, and `ready()` stays False (round 12, r12_error_callback_raises).
    static func callbackKeptResultUnready(getAt step: Int, in events: [TraceEvent]) -> UnreadyResult? {
        guard events.indices.contains(step), events[step].ok == false, let job = events[step].job, job >= 0,
              (events[step].is(.poolGet) && events[step].string(EventField.error) == "TimeoutError")
                || (events[step].is(.poolWaited) && events[step].string(EventField.call) == "wait()"
                    && events[step].string(EventField.error) == nil),
              let pool = events[step].object else { return nil }
        let pid = events[step].pid
        // the job's pool: its submission in this process (job numbers are per process, shared by its pools)
        guard let submit = events[..<step].lastIndex(where: { $0.is(.poolSubmit) && $0.pid == pid && $0.job == job }),
              events[submit].object == pool else { return nil }
        guard let end = events[submit..<step].lastIndex(where: {
            $0.is(.poolCallbackEnd) && $0.pid == pid && $0.job == job && $0.ok == false }) else { return nil }
        let thread = events[end].thread
        guard let callback = events[submit..<end].lastIndex(where: {
            $0.is(.poolCallback) && $0.pid == pid && $0.job == job && $0.thread == thread }) else { return nil }
        // its result came back (the callback runs inside _set, after the result's arrival)
        guard events[submit..<callback].contains(where: { $0.is(.poolResult) && $0.pid == pid && $0.job == job }) else { return nil }
        return UnreadyResult(callback: callback, callbackEnd: end)
    }
}
