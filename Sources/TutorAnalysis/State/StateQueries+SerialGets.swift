import TutorCore

extension StateQueries {
    /// The run of serial submissions (`SerialGets`) whose second submission is the `pool.submit` at `step`, or nil.
    /// The pool must have been created in the submitting process with two or more processes and have started a worker
    /// process before the first submission (a ThreadPool's workers are threads; its task events are not recorded).
    static func serialGets(at step: Int, in events: [TraceEvent]) -> SerialGets? {
        guard events.indices.contains(step), isSingleApply(events[step]), let pool = events[step].object else { return nil }
        let submit = events[step]
        let ofPool = events[..<step].indices.filter { events[$0].is(.poolSubmit) && events[$0].object == pool }
        guard ofPool.count == 1, let first = ofPool.first, isSingleApply(events[first]), sameThread(events[first], submit),
              let created = events[..<first].lastIndex(where: { $0.is(.poolCreate) && $0.object == pool && $0.pid == submit.pid }),
              let workers = events[created].int(EventField.processes), workers >= 2,
              events[created..<first].contains(where: { $0.is(.processSpawn) && $0.pid == submit.pid && ($0.name ?? "").contains("PoolWorker") })
        else { return nil }
        var submits = [first]
        var gets: [Int] = []
        var next: Int? = step
        while let s = next, let get = getBetween(submits[submits.count - 1], s, in: events) {
            submits.append(s)
            gets.append(get)
            // the pool's next submission, if it continues the run
            let after = events[(s + 1)...].firstIndex { $0.is(.poolSubmit) && $0.object == pool }
            next = after.flatMap { isSingleApply(events[$0]) && sameThread(events[$0], submit) ? $0 : nil }
        }
        guard submits.count >= 2 else { return nil }
        return SerialGets(pool: pool, submits: submits, gets: gets, workers: Int(workers))
    }

    /// The `pool.get` of `from`'s job by `from`'s thread before `to`, after that job started in a worker and its result
    /// came back, with no other submission to the pool between them; nil if there is none.
    private static func getBetween(_ from: Int, _ to: Int, in events: [TraceEvent]) -> Int? {
        let submit = events[from]
        guard let job = submit.job, let pool = submit.object, from < to else { return nil }
        let between = events[(from + 1)..<to]
        guard !between.contains(where: { $0.is(.poolSubmit) && $0.object == pool }),
              let result = between.firstIndex(where: { $0.is(.poolResult) && $0.object == pool && $0.job == job && $0.pid == submit.pid }),
              // a task that never reached a worker (its arguments could not be pickled: r17_queue_arg_to_pool_task) ran
              // at no time at all
              events[(from + 1)..<result].contains(where: { $0.is(.taskStart) && $0.job == job })
        else { return nil }
        return events[result..<to].firstIndex { $0.is(.poolGet) && $0.object == pool && $0.job == job && sameThread($0, submit) }
    }

    private static func isSingleApply(_ e: TraceEvent) -> Bool {
        e.is(.poolSubmit) && e.string(EventField.method) == "apply_async" && e.int(EventField.chunks) == 1
    }

    private static func sameThread(_ a: TraceEvent, _ b: TraceEvent) -> Bool {
        a.pid == b.pid && a.thread == b.thread
    }
}
