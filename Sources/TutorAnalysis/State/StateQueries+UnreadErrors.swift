import TutorCore

/// A Pool task whose exception no program code received: it raised in a worker, and no `get()` read it, nor did an
/// `error_callback` run for it.
public struct UnreadPoolError: Equatable, Sendable {
    /// multiprocessing's job number (the task's name is `task <job>`).
    public var job: Int64
    /// How the program submitted it: `apply_async`, `map_async`, `starmap_async`.
    public var method: String
    /// The exception's type name, from the first chunk of the job that raised (`ValueError`).
    public var error: String
    /// How many chunks the job was cut into (`pool.submit`'s `chunks`), when recorded.
    public var chunks: Int64? = nil
    /// How many of its chunks ended in a worker (a `pool.task.end`), and how many of those raised.
    public var ended = 0, failed = 0
    /// A `get()` of the job gave up at its own timeout (round 34F: a map_async job whose other chunks never finish is never
    /// ready, so that get() could not have raised the error).
    public var getTimedOut = false

    /// The job's get() waited, but the job never became ready: chunks that never ended (round 34F).
    public var neverReady: Bool { getTimedOut && chunks.map { Int64(ended) < $0 } == true }
    /// A `get()` of the job began to wait (`pool.wait` with `get()`), timed out or not (gaps 35B).
    public var getWaited = false
}

extension StateQueries {
    /// The submissions an `AsyncResult` is returned for: the program holds it and must call `get()` to see an error.
    /// (`map`, `apply`, `starmap` call `get()` themselves; imap's `next()` is not recorded when its item was ready.)
    static let asyncSubmissions: Set<String> = ["apply_async", "map_async", "starmap_async"]

    /// The jobs of `pool` submitted with `apply_async`/`map_async`/`starmap_async` that raised in a worker (a
    /// `pool.task.end` with `ok: false`) and whose exception no program code received by the end of the record: no
    /// `get()` of the job ended other than by `TimeoutError` (a `get()` that raised the task's exception read it), and no
    /// `error_callback` ran for it (`pool.callback` with `error: true`). The tracer records every `get()` call.
    public static func unreadErrors(of pool: String, in timeline: Timeline) -> [UnreadPoolError] {
        let events = timeline.events
        // Only a job some task of which raised can be one: the submissions are gathered for those alone (a dictionary of
        // every job of a million-event run of apply_async was a twentieth of replay's peak memory).
        var failedEnds: [Int] = []
        for i in events.indices where events[i].is(.taskEnd) && events[i].ok == false && events[i].job != nil { failedEnds.append(i) }
        guard !failedEnds.isEmpty else { return [] }
        // Jobs by their keys: each process numbers its jobs from its own counter, so an outer pool's task that raised in
        // the worker that made a nested pool has a number of that pool's jobs too (gaps 17B).
        let scope = JobScope(events, timeline.kindIndex.covers(events.count) ? timeline.kindIndex : EventKindIndex(events),
                             membership: timeline.poolOfWorker)
        let failed = Set(failedEnds.map { scope.key(events[$0].job ?? -1, of: events[$0]) })
        var submitted: [Int64: (pid: Int32, method: String)] = [:], order: [Int64] = [], chunks: [Int64: Int64] = [:]
        for e in events where e.is(.poolSubmit) && e.object == pool {
            guard let number = e.job, case let job = scope.key(number, of: e), failed.contains(job), let method = e.method,
                  asyncSubmissions.contains(method) else { continue }
            if submitted[job] == nil { order.append(job) }
            submitted[job] = (e.pid, method)
            chunks[job] = e.int(EventField.chunks)
        }
        guard !submitted.isEmpty else { return [] }
        var raised: [Int64: String] = [:], read: Set<Int64> = [], ended: [Int64: (all: Int, failed: Int)] = [:], timedOut: Set<Int64> = []
        var waited: Set<Int64> = []
        for e in events {
            guard let number = e.job, case let job = scope.key(number, of: e), let sub = submitted[job] else { continue }
            if e.is(.taskEnd), timeline.poolOfWorker[e.pid] == pool || e.pid == sub.pid {
                ended[job, default: (0, 0)].all += 1
                if e.ok == false { ended[job, default: (0, 0)].failed += 1 }
            }
            if e.is(.taskEnd), e.ok == false, timeline.poolOfWorker[e.pid] == pool || e.pid == sub.pid, raised[job] == nil {
                let result = e.result ?? ""
                raised[job] = result.split(separator: ":", maxSplits: 1).first.map(String.init) ?? "an exception"
            } else if e.is(.poolGet), e.pid == sub.pid, e.string(EventField.error) == "TimeoutError" {
                timedOut.insert(job)
            } else if e.is(.poolWait), e.pid == sub.pid, e.string(EventField.call) == "get()" {
                waited.insert(job)
            } else if e.is(.poolGet), e.pid == sub.pid {
                read.insert(job)
            } else if e.is(.poolCallback), e.pid == sub.pid, e.bool(EventField.error) == true {
                read.insert(job)
            }
        }
        return order.compactMap { job in
            guard let error = raised[job], !read.contains(job), let sub = submitted[job] else { return nil }
            return UnreadPoolError(job: JobScope.number(job), method: sub.method, error: error, chunks: chunks[job] ?? nil,
                                   ended: ended[job]?.all ?? 0, failed: ended[job]?.failed ?? 0, getTimedOut: timedOut.contains(job), getWaited: waited.contains(job))
        }
    }
}
