import TutorCore

extension RunState {
    /// A child joins `starting` at its parent's `process.spawn` and leaves it at its own first event, or when its
    /// parent reaps it (it ended without one).
    mutating func trackStarting(_ e: TraceEvent) {
        if e.is(.processSpawn), let child = e.childPid, processIndex(child) == nil, !starting.contains(where: { $0.pid == child }) {
            starting.append(StartingChild(pid: child, name: e.name ?? "?", since: e.t))
            return
        }
        starting.removeAll { $0.pid == e.pid || (e.is(.processReaped) && $0.pid == e.childPid) }
    }
}
