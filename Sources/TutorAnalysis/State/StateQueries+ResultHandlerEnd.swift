import TutorCore

/// What a Pool's result-handler thread that ended by an uncaught exception leaves behind.
public struct ResultHandlerEnd: Equatable, Sendable {
    /// The pool whose handler it was.
    public var pool: String
    /// The exception line of its traceback (`TypeError: …`).
    public var error: String
    /// The jobs of that pool whose results had not all come back when it ended, in submission order.
    public var owed: [Int64]
}

extension StateQueries {
    /// The `thread.exit` at `step` ends a Pool's result-handler thread (started with target `Pool._handle_results`)
    /// that printed "Exception in thread …" before it, i.e. an exception escaped it (r7b_pool_exception_unpicklable:
    /// the parent could not unpickle a task's exception, `TypeError` in `get()`); nil otherwise, and nil when a
    /// callback's exception ended it (its `pool.callback.end` row already says so, gaps 8).
    ///
    /// CPython 3.11 starts that thread once per pool, in `Pool.__init__`, on the thread that made the pool (after its
    /// `pool.create`), and nothing starts it again: no later result of that pool is read from the workers' pipe.
    /// - Parameter threadStarts: the steps of every `thread.start`, in order, when the caller has them (a timeline's
    ///   index of kinds): the thread's start is looked for among them, not in every event before the exit.
    static func resultHandlerEnd(exitAt step: Int, in events: [TraceEvent], threadStarts: [Int]? = nil) -> ResultHandlerEnd? {
        guard events.indices.contains(step), events[step].is(.threadExit) else { return nil }
        let pid = events[step].pid, thread = events[step].thread, threadName = events[step].threadName
        func isStart(_ e: TraceEvent) -> Bool {
            e.is(.threadStart) && e.pid == pid && e.string(EventField.name) == thread && e.string(EventField.target) == "Pool._handle_results"
        }
        let found = threadStarts.map { starts in starts.last { $0 < step && isStart(events[$0]) } } ?? events[..<step].lastIndex(where: isStart)
        guard let start = found, let pool = events[..<start].last(where: {
            $0.is(.poolCreate) && $0.pid == pid && $0.thread == events[start].thread
        })?.object else { return nil }
        // The thread's own events, read where they lie (a copy of each event between its start and its end was most
        // of this query on a long run).
        let own = (start..<step).lazy.filter { events[$0].pid == pid && events[$0].threadName == threadName }.map { events[$0] }
        guard own.contains(where: { $0.is(.print) && $0.text?.hasPrefix("Exception in thread ") == true }),
              !own.contains(where: { $0.is(.poolCallbackEnd) && $0.ok == false
                  && $0.string(EventField.error)?.hasPrefix("KeyError") == false }),
              let error = own.last(where: { e in
                  guard e.is(.print), e.string(EventField.stream) == "stderr", let text = e.text, let first = text.first else { return false }
                  return first != " " && !text.hasPrefix("Traceback ") && !text.hasPrefix("Exception in thread ")
              })?.text else { return nil }
        return ResultHandlerEnd(pool: pool, error: error, owed: owedJobs(of: pool, pid: pid, before: step, in: events))
    }

    /// Jobs submitted to `pool` in `pid` before `step` with fewer results back than chunks sent.
    static func owedJobs(of pool: String, pid: Int32, before step: Int, in events: [TraceEvent]) -> [Int64] {
        var chunks: [Int64: Int64] = [:], order: [Int64] = [], back: [Int64: Set<Int64>] = [:]
        for e in events[..<step] where e.pid == pid {
            if e.is(.poolSubmit), e.object == pool, let job = e.job {
                if chunks[job] == nil { order.append(job) }
                chunks[job] = e.int(EventField.chunks) ?? 1
            } else if e.is(.poolResult), let job = e.job {
                back[job, default: []].insert(e.int(EventField.index) ?? 0)
            }
        }
        return order.filter { Int64(back[$0]?.count ?? 0) < (chunks[$0] ?? 1) }
    }
}
