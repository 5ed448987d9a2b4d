import TutorCore

extension HangExplainer {
    /// A Pool's join() that never returns after a callback raised: the callback runs inside `ApplyResult._set` on the
    /// pool's result-handler thread (3.11), before `_set` removes the task from the pool's cache; any exception but
    /// KeyError ends that thread, the task stays outstanding, and the worker handler, which join() waits for, goes on
    /// while any task is outstanding (round 10A: pool-callback changed to call pool.apply() in the callback,
    /// r10a_callback_calls_apply).
    func callbackEndedJoins(_ blocked: [BlockedCall]) -> [(text: String, premise: NotePremise)] {
        let events = timeline.events
        return blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case .result("join()", _) = call.target, let begin = events.last(where: {
                $0.is(.poolWait) && $0.pid == call.pid && $0.thread == call.thread && $0.t == call.since && ($0.job ?? 0) < 0
            }), let pool = begin.object else { return nil }
            guard let end = events.indices.first(where: { i in
                i <= moment && NotePremise.resultHandlerEnded(events[i]) && events[i].pid == call.pid
                    && events[i].job.map { job in events.contains { $0.is(.poolSubmit) && $0.job == job && $0.object == pool } } == true
            }) else { return nil }
            let e = events[end]
            let callback = events[..<end].last { $0.is(.poolCallback) && $0.job == e.job && $0.pid == e.pid }
            let task = RunState.taskName(e.job ?? 0, e.index ?? 0)
            let text = Phrase.hangCallbackEndedJoin.text(["who": call.who, "pool": pool, "t": Format.seconds(e.t),
                                                          "func": callback?.function ?? "?", "task": task,
                                                          "error": e.string(EventField.error) ?? "?"])
            return (text, .all([.blocked(step: moment, pid: call.pid, thread: call.thread), .callbackEndedHandler(step: moment, end: end)]))
        }
    }
}

extension NotePremise {
    /// A callback's end that ended the pool's result-handler thread: it raised, and not KeyError (which `_set` swallows).
    static func resultHandlerEnded(_ e: TraceEvent) -> Bool {
        guard e.is(.poolCallbackEnd), e.ok == false else { return false }
        let error = e.string(EventField.error) ?? ""
        return error != "KeyError" && !error.hasPrefix("KeyError:")
    }
}
