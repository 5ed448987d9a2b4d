import TutorCore

extension StateQueries {
    /// The `executor.init.end` steps before `broken` (an `executor.broken`) whose initializer raised (`ok: false`) in a
    /// child the executor's process started, a child that then ended (its own `process.exit` before `broken`) without
    /// starting a work item: the workers a ProcessPoolExecutor lost to its initializer. In 3.11 such a worker logs
    /// "Exception in initializer" and returns from its loop, and the manager thread, seeing a worker gone, marks the
    /// executor broken. Empty when the record shows no such worker.
    static func initializerFailures(before broken: Int, in events: [TraceEvent]) -> [Int] {
        initializerFailures(before: broken, in: events, ended: true)
    }

    /// The `executor.init.end` steps (ok false) of the same executor's workers that had not ended by the step of
    /// `broken` (one per worker): their initializer had raised too, and the manager thread's terminate() of the
    /// workers left reaches them while they write the error out (round 30F).
    static func initializerFailuresNotEnded(before broken: Int, in events: [TraceEvent]) -> [Int] {
        initializerFailures(before: broken, in: events, ended: false)
    }

    private static func initializerFailures(before broken: Int, in events: [TraceEvent], ended wantEnded: Bool) -> [Int] {
        guard events.indices.contains(broken), events[broken].is(.executorBroken) else { return [] }
        let owner = events[broken].pid
        let window = events[..<broken]
        let ended = Set(window.lazy.filter { $0.is(.processExit) }.map(\.pid))
        let working = Set(window.lazy.filter { $0.is(.futureStart) }.map(\.pid))
        // its workers: the children it started (under forkserver their parent pid is the fork server's)
        let started = Set(window.lazy.filter { $0.is(.processSpawn) && $0.pid == owner }.compactMap(\.childPid))
        var seen = Set<Int32>()
        return window.indices.filter { i in
            let e = events[i]
            guard e.is(.executorInitEnd), e.ok == false, e.ppid == owner || started.contains(e.pid),
                  ended.contains(e.pid) == wantEnded, !working.contains(e.pid) else { return false }
            return seen.insert(e.pid).inserted
        }
    }
}

extension StateQueries {
    /// For the `pool.wait` at `wait` (a result call: get(), wait(), next(), map(); not join()): the step of its pool's last `terminate()` before it (a `pool.terminate` that did
    /// not raise and that the program called: not a finalizer's `by`), when no result of the waited job (`pool.result`
    /// of that job) came back between the two; nil otherwise. In 3.11 a terminated pool never sets the results it still
    /// owes: such a wait ends only by its timeout.
    static func terminatedBeforeWait(_ wait: Int, in events: [TraceEvent]) -> Int? {
        terminatedBeforeWait(wait, in: PoolWaitLookup(events))
    }

    /// The same, with the run's steps gathered once (one query per wait of a long run).
    static func terminatedBeforeWait(_ wait: Int, in lookup: PoolWaitLookup) -> Int? {
        let events = lookup.events
        // Pool.join() is a pool.wait too (job -1): it waits for the workers to end, which a terminated pool's do
        guard events.indices.contains(wait), events[wait].is(.poolWait), let pool = events[wait].object, let job = events[wait].job, job >= 0,
              events[wait].string(EventField.call) != "join()" else { return nil }
        let earlier = lookup.terminates[..<PoolWaitLookup.count(lookup.terminates, before: wait)]
        guard let terminate = earlier.last(where: { events[$0].object == pool
                  && events[$0].string(EventField.error) == nil && events[$0].string(EventField.terminatedBy) == nil }) else { return nil }
        let back = PoolWaitLookup.any(lookup.results[.init(pid: events[wait].pid, job: job)], in: terminate..<wait)
        return back ? nil : terminate
    }
}
