import TutorCore

/// The processes a signal ended while the record does not show them blocked in a wait: a call's event is written
/// when the call returns, so a call one of them was making when its signal came may be missing from the record.
///
/// A process counts when its ending (the parent's view, `ProcessCensus`) is a signal, it wrote events of its own,
/// it had not written its own exit record (`process.exit`/`process.exiting`: the tracer writes it last, after every
/// call it records, so a signal after it cut none), and some thread of it was not known to be blocked: a thread's last
/// event neither begins a wait (that wait was still open when the process ended) nor is the thread's own exit.
/// Nothing is said of which call, if any, was lost.
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
        // Each thread's last event, by index: only the events of the signalled processes are looked at.
        var last: [Int32: [String: Int]] = [:]
        var exitWritten: Set<Int32> = []
        for index in timeline.events.indices where pids.contains(timeline.events[index].pid) {
            last[timeline.events[index].pid, default: [:]][timeline.events[index].thread] = index
            if timeline.events[index].is(.processExiting) || timeline.events[index].is(.processExit) {
                exitWritten.insert(timeline.events[index].pid)
            }
        }
        cuts = signalled.compactMap { member in
            guard let threads = last[member.pid], !threads.isEmpty, !exitWritten.contains(member.pid) else { return nil }
            let allKnown = threads.values.allSatisfy { index in
                let e = timeline.events[index]
                return WaitLedger.beginsAWait(e) || e.is(.threadExit)
            }
            // The main thread ends with the process: its own exit is no proof it was not in a call.
            let mainBlocked = threads["MainThread"].map { WaitLedger.beginsAWait(timeline.events[$0]) } ?? false
            guard !(allKnown && mainBlocked) else { return nil }
            return Cut(pid: member.pid, name: member.name, signal: Int32(clamping: -(member.exitCode ?? 0)))
        }
    }
}
