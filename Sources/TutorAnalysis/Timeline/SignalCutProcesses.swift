import TutorCore

/// The processes a signal ended while the record does not show them somewhere no recorded call can be in flight: a
/// call's event is written when the call returns, so a call one of them was making when its signal came may be
/// missing from the record.
///
/// A process counts when its ending (the parent's view, `ProcessCensus`) is a signal, it wrote events of its own,
/// it had not written its own exit record (`process.exit`/`process.exiting`: the tracer writes it last, after every
/// call it records, so a signal after it cut none), and some thread of it was not known to be out of every recorded
/// call: a thread's last event neither begins a wait (that wait was still open when the process ended), nor is the
/// thread's own exit, nor (the main thread) leaves it in the library's own loop (`IdleLoop`). Nothing is said of
/// which call, if any, was lost.
public struct SignalCutProcesses: Sendable {
    public struct Cut: Sendable, Equatable {
        public var pid: Int32
        public var name: String
        /// The signal's number (the exit code's negation).
        public var signal: Int32
    }

    public var cuts: [Cut]

    public init(_ timeline: Timeline, census: ProcessCensus) {
        let signalled = census.members.filter { !$0.silent && ($0.exitCode ?? 0) < 0 }
        guard !signalled.isEmpty else { cuts = []; return }
        let pids = Set(signalled.map(\.pid))
        let events = timeline.events
        var executorWorkers: Set<Int32> = []
        for index in timeline.indices(of: .processSpawn) {
            if let child = events[index].int(EventField.childPid), pids.contains(Int32(truncatingIfNeeded: child)),
               events[index].string(EventField.executor) != nil {
                executorWorkers.insert(Int32(truncatingIfNeeded: child))
            }
        }
        var exitWritten: Set<Int32> = []
        for index in timeline.indices(of: .processExiting, .processExit) where pids.contains(events[index].pid) {
            exitWritten.insert(events[index].pid)
        }
        // Each thread's last event, by index: one pass that compares each event's pid and thread name as numbers (a
        // pool's killed workers wrote most of a long run's events: a keyed look-up per event was most of this pass).
        let order = Array(pids)
        let slotOf = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var lastOf: [[(name: EventName, index: Int)]] = Array(repeating: [], count: order.count)
        for index in events.indices {
            let pid = events[index].pid
            guard let k = order.count <= 8 ? order.firstIndex(of: pid) : slotOf[pid] else { continue }
            let name = events[index].threadName
            if let j = lastOf[k].firstIndex(where: { $0.name == name }) { lastOf[k][j].index = index } else { lastOf[k].append((name, index)) }
        }
        var last: [Int32: [String: Int]] = [:]
        for (k, threads) in lastOf.enumerated() where !threads.isEmpty {
            last[order[k]] = Dictionary(threads.map { (events[$0.index].thread, $0.index) }, uniquingKeysWith: max)
        }
        cuts = signalled.compactMap { member in
            guard let threads = last[member.pid], !threads.isEmpty, !exitWritten.contains(member.pid) else { return nil }
            let signal = Int32(clamping: -(member.exitCode ?? 0))
            let loop = IdleLoop(pool: timeline.poolOfWorker[member.pid] != nil,
                                executor: executorWorkers.contains(member.pid), signal: signal)
            let othersKnown = threads.allSatisfy { thread, index in
                let e = timeline.events[index]
                return thread == "MainThread" || WaitLedger.beginsAWait(e) || e.is(.threadExit)
            }
            // The main thread ends with the process: its own exit is no proof it was not in a call.
            let mainOut = threads["MainThread"].map { index in
                WaitLedger.beginsAWait(timeline.events[index]) || loop.leaves(timeline.events[index])
            } ?? false
            guard !(othersKnown && mainOut) else { return nil }
            return Cut(pid: member.pid, name: member.name, signal: signal)
        }
    }
}

extension SignalCutProcesses {
    /// Where a process's main thread is known to be in no recorded call after its last event, from the library's own
    /// code the tracer wraps (CPython 3.11 `pool.worker`, `concurrent.futures.process._process_worker`).
    struct IdleLoop {
        var pool: Bool
        var executor: Bool
        /// The signal that ended the process.
        var signal: Int32

        /// A Pool worker writes `pool.task.end` before it sends the result and `pool.task.start` as soon as its get()
        /// of the next task returns, before the function runs: after an end (or its `pool.task.sent`, or its
        /// initializer's end, or its start when no initializer began) it is in the pool's own loop, sending, dropping
        /// the task's objects or waiting for the next task, where it makes no recorded call (not after an initializer
        /// that raised: the worker then writes the error out, round 30F). A ProcessPoolExecutor
        /// worker the same with `future.end` / `future.start`. A process that sent itself the ending signal with its
        /// handler left at the default died in that call, whose event was written before it.
        func leaves(_ e: TraceEvent) -> Bool {
            // An initializer that raised is no such place: the worker then logs the error ("Exception in initializer",
            // a recorded write to stderr: concurrent.futures) or its run() raises and the traceback is printed (Pool).
            let initReturned = e.ok != false
            if pool, e.is(.taskEnd) || e.is(.poolTaskSent) || (e.is(.poolInitEnd) && initReturned) || e.is(.processStart) { return true }
            if executor, e.is(.futureEnd) || (e.is(.executorInitEnd) && initReturned) || e.is(.processStart) { return true }
            if e.is(.processSignalSelf), e.string(EventField.handler) == "default",
               e.int(EventField.signum) == Int64(signal) { return true }
            return false
        }
    }
}
