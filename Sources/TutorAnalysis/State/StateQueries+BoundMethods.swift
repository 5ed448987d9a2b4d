import TutorCore

extension StateQueries {
    /// The program's class named by the `future.submit` or `pool.submit` at `step` (`bound`: its callable is a method bound
    /// to an instance of that class, which pickles by default means), when that submit's executor was created as a
    /// ProcessPoolExecutor (gaps 12B), or its Pool was created in this process and had started worker processes before
    /// the submit (gaps 13B; the tracer marks no ThreadPool's task): the instance is pickled with the method for the
    /// worker. Nil otherwise.
    static func boundMethodPickled(at step: Int, in events: [TraceEvent]) -> String? {
        guard events.indices.contains(step), let bound = events[step].string(EventField.bound),
              let object = events[step].object else { return nil }
        let submit = events[step]
        if submit.is(.futureSubmit) {
            let created = events[..<step].last { $0.is(.executorCreate) && $0.object == object }
            return created?.objectType == "ProcessPoolExecutor" ? bound : nil
        }
        guard submit.is(.poolSubmit),
              let created = events[..<step].lastIndex(where: { $0.is(.poolCreate) && $0.object == object && $0.pid == submit.pid })
        else { return nil }
        // a process pool starts its workers in its constructor: a ThreadPool's are threads, never spawned
        let workers = events[created..<step].contains {
            $0.is(.processSpawn) && $0.pid == submit.pid && ($0.name ?? "").contains("PoolWorker")
        }
        return workers ? bound : nil
    }
}
