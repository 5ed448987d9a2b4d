import TutorCore

extension StateQueries {
    /// The signals that stop a process (their default action) and the one that lets it run again.
    static let stopSignals: Set<String> = ["SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU"]

    /// The signal event that had stopped the child when the `join(timeout)` at `step` gave up: the last stop or
    /// continue signal recorded to that child before the join (its own `os.kill(os.getpid(), SIGSTOP)`, or another
    /// process's `os.kill(pid, SIGSTOP)`), when it is a stop. Nil when the join did not time out, no stop was
    /// recorded, or a SIGCONT came after it. (A SIGTSTP the child handles does not stop it: only a default action
    /// does, so a stop signal whose own event shows a handler is not counted.)
    static func childStoppedAtJoinTimeout(_ step: Int, in events: [TraceEvent]) -> Int? {
        guard events.indices.contains(step), events[step].is(.processJoin), events[step].bool(EventField.timedOut) == true,
              let child = events[step].childPid else { return nil }
        let last = events[..<step].lastIndex { e in
            guard let name = e.string(EventField.signame), stopSignals.contains(name) || name == "SIGCONT" else { return false }
            if e.is(.processSignalSelf) { return e.pid == child && (e.string(EventField.handler) ?? "default") == "default" }
            return e.is(.processSignal) && e.childPid == child
        }
        guard let last, events[last].string(EventField.signame) != "SIGCONT" else { return nil }
        return last
    }

    /// The SIGTERM sent to `child` after the stop at `stopStep` and before `step`: held pending while it is stopped.
    static func termPendingWhileStopped(_ child: Int32, after stopStep: Int, before step: Int, in events: [TraceEvent]) -> Int? {
        guard stopStep < step else { return nil }
        return events[(stopStep + 1)..<step].lastIndex { $0.is(.processTerminate) && $0.childPid == child }
    }

    /// The last `process.signal.sent` (os.kill() by a process of the run that is not the target's parent) of `signum`
    /// to `child` before `step`, when no kill()/terminate()/os.kill() by its parent sending the same signal came to it
    /// after that one. A later call of the other signal cannot have caused an end by `signum` (round 24F: a worker's
    /// os.kill(sibling, SIGKILL), then the broken executor's terminate() of every worker: the -9 is the sibling's).
    /// - Parameter kinds: as for `lastSignal`: only the events of the kinds asked about are looked at.
    static func lastSignalFromOther(_ signum: Int64, to child: Int32, before step: Int, in events: [TraceEvent],
                                    kinds: (([EventKind]) -> [Int])? = nil) -> Int? {
        let end = min(step, events.count)
        func isSent(_ e: TraceEvent) -> Bool {
            e.is(.processSignalSent) && e.int(EventField.toPid) == Int64(child) && e.int(EventField.signum) == signum
        }
        // kill() and os.kill(pid, SIGKILL) by the parent are `process.kill`, terminate() and SIGTERM `process.terminate`
        func isCall(_ e: TraceEvent) -> Bool {
            e.childPid == child && (signum == 9 ? e.is(.processKill) : signum == 15 ? e.is(.processTerminate)
                                                                                  : e.is(.processKill) || e.is(.processTerminate))
        }
        guard let kinds else {
            guard let sent = events[..<end].lastIndex(where: isSent) else { return nil }
            return events[(sent + 1)..<end].contains(where: isCall) ? nil : sent
        }
        guard let sent = kinds([.processSignalSent]).last(where: { $0 < end && isSent(events[$0]) }) else { return nil }
        return kinds([.processKill, .processTerminate]).contains { $0 > sent && $0 < end && isCall(events[$0]) } ? nil : sent
    }
}
