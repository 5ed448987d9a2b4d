import TutorCore

extension GenericRules {
    /// Gaps 35B (round 34F's leftover): a Pool worker the watchdog's list said "finished task 0.4 at 2.391 s and recorded
    /// nothing since (blocked or busy)". The state model knows more when its last event is a task's end: the pool still
    /// holds it as a worker with no task, the pool is neither closed nor being terminated, and the task's result reached the parent
    /// before the stop (so the worker's put() of it returned). Pool's `worker()` then loops back to `get()` on the task
    /// queue, a read the tracer records only when something comes: the worker is idle, waiting for a next task. Its last
    /// event may also be the send of that result (`pool.task.sent`).
    /// nil where the record cannot tell (the result not seen back, the worker not idle in the state, its pool being
    /// terminated): the old words. A closed pool's idle worker: `GenericRules+ClosedPoolIdle.swift` (gaps 36B).
    func idleWorkerActivity(_ last: Int, state: RunState, moment: Int) -> String? {
        // its last event may be the send of that task's result (`pool.task.sent`), just after the task's end
        var end = last
        if events[last].is(.poolTaskSent), let i = events[..<last].lastIndex(where: { $0.pid == events[last].pid && $0.is(.taskEnd) }),
           events[i].job == events[last].job, events[i].index == events[last].index { end = i }
        let e = events[end]
        // a process that lost events may have recorded more than the record holds: its last event says nothing sure
        guard !(timeline.trailer?.lostByProcess ?? []).contains(where: { $0.pid == e.pid && $0.lost > 0 }) else { return nil }
        if e.is(.processStart) { return firstTaskWait(e, state: state) }
        guard e.is(.taskEnd), let task = lookup.task(of: e), let back = task.resultT, back <= events[moment].t,
              let pool = state.pools.first(where: { pool in pool.workers.contains { $0.name == e.process && $0.task == nil } }),
              pool.ending != .terminating, !pool.leaving.contains(e.process), !pool.initializing.contains(e.process),
              !pool.initFailed.contains(e.process) else { return nil }
        if pool.ending == .closed {     // gaps 36B
            return closedPoolWait(pool, last: .lastFinishedTaskClosedPool, ["task": task.name, "t": Format.seconds(e.t),
                                                                              "back": Format.seconds(back)])
        }
        return Phrase.lastFinishedTaskIdle.text(["task": task.name, "t": Format.seconds(e.t), "back": Format.seconds(back),
                                                 "pool": pool.label])
    }

    /// A Pool worker whose last event is its run()'s start, in a pool with no initializer: `worker()` goes straight to
    /// `get()` on the task queue, and the state holds it idle; nothing came (spawn's second worker, when the first one
    /// took every chunk). With an initializer, its own events would say where it is: not said here.
    private func firstTaskWait(_ e: TraceEvent, state: RunState) -> String? {
        guard let pool = state.pools.first(where: { pool in pool.workers.contains { $0.name == e.process && $0.task == nil } }),
              pool.ending != .terminating, pool.initFunction == nil, pool.initializing.isEmpty, pool.initsDone == 0, pool.initFailed.isEmpty,
              !pool.leaving.contains(e.process) else { return nil }
        if pool.ending == .closed { return closedPoolWait(pool, last: .lastStartedClosedPool, ["t": Format.seconds(e.t)]) }   // gaps 36B
        return Phrase.lastStartedIdle.text(["t": Format.seconds(e.t), "pool": pool.label])
    }
}
