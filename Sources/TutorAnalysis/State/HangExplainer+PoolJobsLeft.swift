import TutorCore

extension HangExplainer {
    /// A Pool's join() after close() that waits for a job a failed call left in the pool's cache (round 17,
    /// r17_pool_map_bad_chunksize_join_hang: `pool.map(f, a, b)` raised TypeError, its MapResult had taken job 0): a
    /// closed pool's worker-handler thread runs while its cache holds a job, and join() waits for that thread.
    func leftPoolJobs(_ blocked: [BlockedCall]) -> [(text: String, premise: NotePremise)] {
        let events = replayer.timeline.events
        return blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case .result("join()", _) = call.target,
                  let wait = events[...moment].last(where: { $0.is(.poolWait) && $0.pid == call.pid && $0.t == call.since && ($0.job ?? 0) < 0 }),
                  let pool = wait.object,
                  let refused = events[...moment].indices.last(where: {
                      events[$0].is(.poolRefused) && events[$0].pid == call.pid && events[$0].object == pool
                  }),
                  StateQueries.poolJobLeft(refused: refused, step: moment, in: events), let job = events[refused].int(EventField.job)
            else { return nil }
            let r = events[refused]
            let text = Phrase.hangPoolJobLeft.text(["who": call.who, "object": pool, "t": Format.seconds(call.since), "job": job,
                                                    "call": (r.method ?? "map") + "()", "at": Format.seconds(r.t),
                                                    "error": r.string(EventField.error) ?? "?"])
            return (text, .all([.blocked(step: moment, pid: call.pid, thread: call.thread), .poolJobLeft(step: moment, refused: refused)]))
        }
    }
}

extension StateQueries {
    /// `refused` is a running pool's call that raised in the caller with the job its half-made MapResult left in the
    /// pool's cache (`pool.refused`, state RUN, `job`), and up to `step` the same process closed that pool and no
    /// terminate() of it was recorded: nothing will ever take the job out of the cache.
    static func poolJobLeft(refused: Int, step: Int, in events: [TraceEvent]) -> Bool {
        guard events.indices.contains(refused), events.indices.contains(step), refused <= step else { return false }
        let r = events[refused]
        guard r.is(.poolRefused), r.string(EventField.state) == "RUN", r.int(EventField.job) != nil, let pool = r.object else { return false }
        let later = events[refused...step]
        return later.contains { $0.is(.poolClose) && $0.object == pool && $0.pid == r.pid }
            && !later.contains { $0.is(.poolTerminate) && $0.object == pool }
    }
}
