import TutorCore

/// How each process's lifetime splits into waiting (on locks, queues, joins, events, sleep) and the rest,
/// Go-trace style, from the `waited_ns` the tracer measured around each blocking call.
public struct ProcessTimeAnalysis: Sendable, Equatable {
    public struct Breakdown: Sendable, Equatable {
        public var pid: Int32
        public var name: String
        public var lifetimeNs: Int64
        /// Waiting time per reason ("lock", "queue", "join", "event", "sleep", ...), in order of first appearance.
        public var waits: [(reason: String, ns: Int64)]

        /// Time not spent in a recorded wait: running, or waiting on something the tracer does not see.
        public var otherNs: Int64 { max(0, lifetimeNs - waits.reduce(0) { $0 + $1.ns }) }

        public static func == (a: Breakdown, b: Breakdown) -> Bool {
            a.pid == b.pid && a.name == b.name && a.lifetimeNs == b.lifetimeNs
                && a.waits.map(\.reason) == b.waits.map(\.reason) && a.waits.map(\.ns) == b.waits.map(\.ns)
        }
    }

    public var processes: [Breakdown]

    /// The reason an event waited for, or nil when its kind says nothing about waiting.
    /// Kinds mp-tutor does not know are placed by the area their written name begins with.
    /// `begin`: the event that began the wait this one ends, when the ledger paired them (a `future.waited` names no call:
    /// its `future.wait` says whether it was Executor.map's next result).
    static func reason(for event: TraceEvent, begunBy begin: TraceEvent? = nil) -> String? {
        switch event.known {
        case .futureWaited where begin.map(futureReason) == "executor map()": "executor map()"
        // A timed call that gave up waited all the same; JoinableQueue.join() waits on the queue's task_done().
        case .lockAcquire, .lockTimeout: lockReason(event)
        // a SimpleQueue put()'s wait for the write lock (gaps 25); a feeder's is never on a main thread
        case .queuePut, .queueGet, .queueTimeout, .queueJoin, .queueFeederWaited, .queueWlockWaited: "queue"
        // os.waitpid() on a hand-forked child is the program's own call, not join() (round 32P): named as it is called
        case .processJoin: event.string(EventField.call).flatMap(waitCallReason) ?? "join"
        case .poolJoin, .threadJoin: "join"
        case .poolGet, .poolWaited: "pool result"
        case .futureWaited: "future result"
        // shutdown() waits for the executor's workers to finish and stop, not for a result the program asked for
        case .executorWaited: executorReason(event)
        case .managerCall, .managerCreate, .managerStartError: "manager"
        case .connectionWaited: Self.selectReason(event)
        case .listenerAccept: "accept()"
        case .threadShutdownWaited: "threads at exit"
        // wait_for()'s span holds its own condition waits (each ends in a `condition.wake`, counted there) and the lock
        // re-acquired after each: counted again, a process's condition time outgrew its life (round 18)
        case .conditionWaitFor: nil
        // the kind's text made only here (a String a call): most events the summary asks about are of a case above
        default:
            reasonByArea(event.kind, event)
        }
    }

    /// The reason of an event of no case `reason(for:)` names, by the area its kind's text begins with.
    private static func reasonByArea(_ kind: String, _ event: TraceEvent) -> String? {
        kind.hasPrefix("event.") ? "event" : kind.hasPrefix("condition.") ? "condition" : kind.hasPrefix("barrier.") ? "barrier"
            : kind == "sleep" ? "sleep" : kind.hasPrefix("pipe.") ? (TraceEvent.isConnectionSide(event.end) ? "connection" : "pipe") : nil
    }

    /// An executor wait's reason: shutdown()'s wait for its workers, an asyncio event loop's thread idle in select() while
    /// run_in_executor() work items are pending (the loop's wait, no Future's result(): gaps 11B), `as_completed()` or
    /// `concurrent.futures.wait()` on several work items, or a wait for results.
    static func executorReason(_ event: TraceEvent) -> String {
        switch event.string(EventField.call) {
        case "shutdown()": "executor shutdown"
        case "select()": "event loop select()"
        // a wait on several work items at once (round 12: they were counted as one Future's result)
        case "as_completed()": "as_completed()"
        case "wait()": "futures wait()"
        default: "future result"
        }
    }

    /// A result() wait's reason: Executor.map's iterator waiting for its next result (`call` `map()`; its rows say map(),
    /// gaps 12B), or a Future's result.
    static func futureReason(_ event: TraceEvent) -> String {
        event.string(EventField.call) == "map()" ? "executor map()" : "future result"
    }

    /// The reason for time a process spent inside a send (`send()` or `send_bytes()`, as its `call` says).
    static func sendReason(_ event: TraceEvent) -> String {
        event.string(EventField.call) == "send_bytes()" ? "inside send_bytes()" : "inside send()"
    }

    /// The reason of a wait by the kind of the event that began it (for a wait no event ended).
    static func reason(forWaitBegunBy event: TraceEvent) -> String? {
        switch event.known {
        case .lockWait: lockReason(event)
        case .queueWait, .queueJoinWait, .queueFeederWait, .queueWlockWait: "queue"
        case .processJoinWait: event.string(EventField.call).flatMap(waitCallReason) ?? "join"
        case .threadJoinWait: "join"
        case .eventWait: "event"
        case .conditionWait: "condition"
        case .barrierWait: "barrier"
        case .pipeWait: reason(for: event)
        case .poolWait: "pool result"
        case .futureWait: futureReason(event)
        case .executorWait: executorReason(event)
        case .managerWait, .managerStartWait: "manager"
        case .connectionWait: Self.selectReason(event)
        case .listenerWait: "accept()"
        case .threadShutdownWait: "threads at exit"
        default: nil
        }
    }

    public init(_ timeline: Timeline) {
        self.init(timeline, ledger: WaitLedger(timeline))
    }

    /// The same, from the run's waits already found (the summary finds them once for all its lines).
    public init(_ timeline: Timeline, ledger: WaitLedger) {
        // A put or get counts as waiting only when it ended a recorded wait (a put never blocks on an unbounded queue).
        let endedAWait = Set(ledger.waits.compactMap(\.endIndex))
        // Pool.join() joins each worker: those joins are inside its own wait, not waits of their own.
        let poolJoins = timeline.indices(of: .poolJoin).map { timeline.events[$0] }
            .map { (pid: $0.pid, thread: $0.thread, from: $0.t - ($0.waitedNs ?? 0), to: $0.t) }
        let lives = timeline.processes.filter { $0.role == "main" || $0.role == "child" }
        // One pass over the events for all the processes (a pass per process was quadratic in a big pool).
        var livesOfPid: [Int32: [Int]] = [:]
        for (i, life) in lives.enumerated() { livesOfPid[life.pid, default: []].append(i) }
        var waitsOf = Array(repeating: [(reason: String, ns: Int64)](), count: lives.count)
        // Most events waited for nothing: tested in place, only the others are copied out of the array. The field read
        // where it lies (`intField`): `waitedNs` copied the value out, 108 instructions an event of a 100k pool_get (perf 37R).
        let waitedKey = EventName(EventField.waitedNs)
        let waited = timeline.events.withUnsafeBufferPointer { events in
            events.indices.filter { i in
                let event = events.baseAddress.unsafelyUnwrapped + i
                return event.pointee.isMainThread && (event.intField(waitedKey) ?? 0) > 0
            }
        }
        // only a result() wait's end needs its beginning (Executor.map's names its call there)
        var beginOf: [Int: Int] = [:]
        for wait in ledger.waits where wait.beginKind == .futureWait { if let end = wait.endIndex { beginOf[end] = wait.beginIndex } }
        for index in waited {
            let event = timeline.events[index]
            guard let owners = livesOfPid[event.pid], let ns = event.waitedNs, ns > 0,
                  let reason = Self.reason(for: event, begunBy: beginOf[index].map { timeline.events[$0] }) else { continue }
            // A put never blocks on an unbounded queue; a get blocks only when the tracer saw nothing to take as it
            // began (else its time was taking the item); a proxy call is a wait only when it could block in the server.
            if event.is(.queuePut) || event.is(.queueGet) || event.is(.managerCall), !endedAWait.contains(index) { continue }
            if event.is(.processJoin), poolJoins.contains(where: { $0.pid == event.pid && $0.thread == event.thread
                && $0.from <= event.t && event.t <= $0.to }) { continue }
            for owner in owners {
                if let i = waitsOf[owner].firstIndex(where: { $0.reason == reason }) { waitsOf[owner][i].ns += ns } else { waitsOf[owner].append((reason, ns)) }
            }
        }
        // A send() that returned only once a reader took the message (a pickle bigger than the pipe's buffer) blocked
        // all that time: it records how long it took (`took_ns`), not a wait. Named as the call, so that a reader sees
        // it was inside send() (a millisecond or more, as its row says; shorter is copying, not waiting).
        // `took_ns` read in place by its key's number (by its text, each send's key texts were compared: perf 38R).
        let tookKey = EventName(EventField.tookNs)
        for index in timeline.indices(of: .pipeSend) {
            let took = timeline.events.withUnsafeBufferPointer { events in
                let event = events.baseAddress.unsafelyUnwrapped + index
                return event.pointee.isMainThread ? event.intField(tookKey) : nil
            }
            guard let ns = took, ns >= 1_000_000 else { continue }
            let event = timeline.events[index]
            guard let owners = livesOfPid[event.pid] else { continue }
            let reason = Self.sendReason(event)
            for owner in owners {
                if let i = waitsOf[owner].firstIndex(where: { $0.reason == reason }) { waitsOf[owner][i].ns += ns } else { waitsOf[owner].append((reason, ns)) }
            }
        }
        // A wait that never ended (a hang, a process ended while blocked) lasted until its process ended, or the run
        // did: that time was spent in the wait, not "other".
        for wait in ledger.unfinished where timeline.events[wait.beginIndex].isMainThread {
            guard let owners = livesOfPid[wait.pid], let reason = Self.reason(forWaitBegunBy: timeline.events[wait.beginIndex]) else { continue }
            for owner in owners {
                let ns = max(0, (lives[owner].endT ?? timeline.durationNs) - wait.sinceT)
                guard ns > 0 else { continue }
                if let i = waitsOf[owner].firstIndex(where: { $0.reason == reason }) { waitsOf[owner][i].ns += ns } else { waitsOf[owner].append((reason, ns)) }
            }
        }
        processes = lives.enumerated().map { i, life in
            let end = life.endT ?? timeline.durationNs
            return Breakdown(pid: life.pid, name: life.name, lifetimeNs: max(0, end - life.startT), waits: waitsOf[i])
        }
    }
}

extension ProcessTimeAnalysis {
    /// The reason of a parent's wait for a hand-forked child (`call` `os.waitpid()`, `os.wait4()`, `os.waitid()`):
    /// the call itself (gaps 33B); nil for any other `call`, which is then counted as join().
    static func waitCallReason(_ call: String) -> String? {
        ["os.waitpid()", "os.wait4()", "os.waitid()", "os.wait()", "os.wait3()"].contains(call) ? call : nil
    }

    /// A connection wait's reason: multiprocessing.connection.wait(), a selector's select() (gaps 24A) or the program's
    /// select.select() (gaps 26B).
    static func selectReason(_ event: TraceEvent) -> String {
        switch event.string(EventField.call) {
        case "selector.select()": "selector select()"
        case "select.select()": "select.select()"
        case "poll.poll()", "epoll.poll()": event.string(EventField.call) ?? "?"     // gaps 29D
        default: "connection wait()"
        }
    }
}
