import TutorCore

extension RunState {
    /// A child joins `starting` at its parent's `process.spawn` and leaves it when its run() begins (its
    /// `process.start`), at its own exit record, at any other first event of its own when it had no boot (a fork
    /// child's first event is its start), or when its parent reaps it (it ended without one). A spawn/forkserver
    /// child's boot keeps it here, with the time it was up (round 30: it vanished from the panel until run()).
    mutating func trackStarting(_ e: TraceEvent) {
        if e.is(.processSpawn), let child = e.childPid, processIndex(child) == nil, !starting.contains(where: { $0.pid == child }) {
            starting.append(StartingChild(pid: child, name: e.name ?? "?", since: e.t))
            return
        }
        if e.is(.processBoot), let i = starting.firstIndex(where: { $0.pid == e.pid }) {
            starting[i].bootT = e.t
            starting[i].main = e.string(EventField.main)
            return
        }
        starting.removeAll { child in
            (child.pid == e.pid && (child.bootT == nil || e.is(.processStart) || e.is(.processExit) || e.is(.processExiting)))
                || (e.is(.processReaped) && child.pid == e.childPid)
        }
    }
}
