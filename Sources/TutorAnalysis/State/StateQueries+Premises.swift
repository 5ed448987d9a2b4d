import TutorCore

extension StateQueries {
    /// The calls recorded before `step` that send a signal to `child`: `kill()`, `terminate()`, and
    /// `Pool.terminate()` when the child is a worker of a pool that was terminated.
    static let exitTerminate = "terminate() at exit"
    /// The `call` of a signal a program sent a hand-forked child (`process.kill`/`process.terminate`).
    static let osKill = "os.kill()"
    /// The os calls that signal a child by pid or by its process group.
    static let osSignalCalls: Set<String> = [osKill, "os.killpg()"]

    /// The last `process.signal` that sent `signum` to `child` before `step` (a signal other than SIGKILL/SIGTERM).
    /// - Parameter kinds: the steps of the events of some kinds, in order, when the caller has them (a timeline's
    ///   `indices(of:)`): only the signal kinds' events are then looked at, not every event before the step.
    static func lastSignal(_ signum: Int64, to child: Int32, before step: Int, in events: [TraceEvent],
                           kinds: (([EventKind]) -> [Int])? = nil) -> TraceEvent? {
        // a signal the process sent itself is its own `process.signal.self` (os.kill(os.getpid(), sig))
        func isSignal(_ e: TraceEvent) -> Bool {
            (e.is(.processSignal) && e.childPid == child || e.is(.processSignalSelf) && e.pid == child
                || e.is(.processSignalSent) && (e.int(EventField.toPid) == Int64(child) || groupMembers(e)?.contains(child) == true))
                && e.int(EventField.signum) == signum
        }
        let end = min(step, events.count)
        guard let kinds else { return events[..<end].last(where: isSignal) }
        return kinds([.processSignal, .processSignalSelf, .processSignalSent]).last { $0 < end && isSignal(events[$0]) }.map { events[$0] }
    }

    /// A Pool's finalizer run when the Pool object was garbage-collected with workers alive (not the program's terminate()).
    static let poolCollected = "Pool finalizer (garbage-collected)"

    static func signalCalls(to child: Int32, before step: Int, in timeline: Timeline) -> Set<String> {
        var calls: Set<String> = []
        let pool = timeline.poolOfWorker[child]
        // Only the kinds the switch below takes are looked at (a copy of every event before the step, per killed worker, was a pass over the run).
        for i in timeline.indices(of: .processKill, .processTerminate, .poolTerminate) {
            guard i < step else { break }
            let e = timeline.events[i]
            switch e.known {
            case .processKill where e.string(EventField.call).map(Self.osSignalCalls.contains) == true,
                 .processTerminate where e.string(EventField.call).map(Self.osSignalCalls.contains) == true:
                if e.int(EventField.childPid).map(Int32.init) == child, let call = e.string(EventField.call) { calls.insert(call) }
            case .processKill where e.int(EventField.childPid).map(Int32.init) == child: calls.insert("kill()")
            case .processTerminate where e.int(EventField.childPid).map(Int32.init) == child:
                calls.insert(e.bool(EventField.atExit) == true ? Self.exitTerminate
                             : terminatedByPoolCleanup(i, in: timeline) ? Self.poolCreateCleanup : "terminate()")
            case .poolTerminate where pool != nil && e.object == pool && e.string(EventField.error) == nil:    // a terminate() that raised sent nothing
                // its finalizer, the program having not terminated it: garbage-collected, or run by the exit function
                // (which then terminates each worker itself: said by the at-exit terminate)
                switch e.string(EventField.terminatedBy) {
                case "collected"?: calls.insert(Self.poolCollected)
                case "exit"?: break
                default: calls.insert("Pool.terminate()")
                }
            default: break
            }
        }
        return calls
    }

    /// How many lines process `pid` printed on stdout before `step` and after its last recorded flush of stdout
    /// (`print.flush`, written before the flush: the lines before it left the buffer), when its `process.start` says
    /// its stdout was block-buffered; nil when it does not (or the process has no start in the record).
    static func bufferedPrints(pid: Int32, before step: Int, in events: [TraceEvent]) -> Int? {
        let head = events[..<min(step, events.count)]
        guard head.contains(where: { $0.pid == pid && $0.is(.processStart) && $0.bool(EventField.stdoutBuffered) == true }) else { return nil }
        return head.reduce(0) { n, e in
            guard e.pid == pid, e.string(EventField.stream) == "stdout" else { return n }
            return e.is(.print) ? n + 1 : e.is(.printFlush) ? 0 : n
        }
    }

    /// Whether process `pid` recorded a flush of its stdout (`print.flush`) before `step`.
    static func flushedStdout(pid: Int32, before step: Int, in events: [TraceEvent]) -> Bool {
        events[..<min(step, events.count)].contains { $0.pid == pid && $0.is(.printFlush) && $0.string(EventField.stream) == "stdout" }
    }

    /// Whom a blocked call waits for, by the name the state uses (`Process-1`, `Process-1/worker`): the
    /// holders of the lock it waits for, or the child it joins.
    static func waitsFor(_ call: BlockedCall, in state: RunState) -> [String] {
        switch call.target {
        case let .lock(label): state.locks.first { $0.label == label }?.holders.map(\.who) ?? []
        case let .join(_, name): [name]
        default: []
        }
    }

    /// The four accesses make a lost update: one place, two threads; both read the same value; the other
    /// wrote after this thread's read; this thread wrote after that without reading the place again.
    static func isLostUpdate(otherRead: Int, otherWrite: Int, read: Int, write: Int, in timeline: Timeline) -> Bool {
        let events = timeline.events
        guard [otherRead, otherWrite, read, write].allSatisfy(events.indices.contains),
              otherRead < otherWrite, read < otherWrite, otherWrite < write,
              let a1 = GenericRules.access(events[otherRead]), let a2 = GenericRules.access(events[otherWrite]),
              let b1 = GenericRules.access(events[read]), let b2 = GenericRules.access(events[write]),
              a1.isRead, b1.isRead, !a2.isRead, !b2.isRead,
              Set([a1.slot, a2.slot, b1.slot, b2.slot]).count == 1, a1.value == b1.value else { return false }
        func thread(_ i: Int) -> String { "\(events[i].pid) \(events[i].thread)" }
        guard thread(otherRead) == thread(otherWrite), thread(read) == thread(write), thread(read) != thread(otherRead) else { return false }
        // Neither thread read the place again between its read and its write.
        return !events[(read + 1)..<write].indices.contains { i in
            thread(i) == thread(read) && GenericRules.access(events[i]).map { $0.slot == b1.slot && $0.isRead } == true
        } && !events[(otherRead + 1)..<otherWrite].indices.contains { i in
            thread(i) == thread(otherRead) && GenericRules.access(events[i]).map { $0.slot == a1.slot && $0.isRead } == true
        }
    }

    /// Writes to the place of the read at `read` by threads other than its own, after it and before `write`.
    static func othersWrites(read: Int, write: Int, in events: [TraceEvent]) -> Int {
        guard events.indices.contains(read), events.indices.contains(write), read < write,
              let place = GenericRules.access(events[read])?.slot else { return 0 }
        let me = "\(events[read].pid) \(events[read].thread)"
        return events[(read + 1)..<write].filter { e in
            guard let a = GenericRules.access(e), !a.isRead, a.slot == place else { return false }
            return "\(e.pid) \(e.thread)" != me
        }.count
    }

    /// The work item started at `start` was never finished by its worker, which ended with a non-zero code
    /// other than SIGTERM's before the executor broke at `broken`.
    static func workerDiedInside(start: Int, before broken: Int, in timeline: Timeline) -> Bool {
        let events = timeline.events
        guard events.indices.contains(start), start < broken, events[start].is(.futureStart) else { return false }
        let e = events[start], work = e.int(EventField.work)
        guard !events.contains(where: { $0.is(.futureEnd) && $0.pid == e.pid && $0.int(EventField.work) == work }),
              let code = ProcessCensus(timeline).members.first(where: { $0.pid == e.pid })?.exitCode else { return false }
        // SIGTERM is the executor's own terminate() of its workers once broken; one sent before it broke (the program's
        // terminate() of a worker, round 13F) ended that worker inside its work item
        return code != 0 && (code != -15 || events[..<broken].contains {
            $0.is(.processTerminate) && $0.int(EventField.childPid) == Int64(e.pid)
        })
    }
}
