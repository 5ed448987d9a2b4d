import TutorCore

/// How the process a program signalled with os.kill() relates to the sender (round 10B).
public enum SignalTargetRelation: Sendable, Equatable {
    case parent, sibling, other
    /// The process whose start() made the sender, when the fork server forked it (its OS parent is the server: round 22).
    case starter
}

public extension Timeline {
    /// The process of this run that had `pid` (signalled by `sender` with os.kill()), and how it relates to the sender
    /// as the record shows it: its parent, a child of the same parent, or another process; nil when no process of the
    /// run had that pid.
    func signalTarget(pid: Int64, from sender: Int32) -> (name: String, relation: SignalTargetRelation)? {
        guard let target = processes.last(where: { Int64($0.pid) == pid }) else { return nil }
        let from = process(pid: sender)
        let relation: SignalTargetRelation = from?.ppid == target.pid ? .parent
            : startedByViaForkServer(sender, starter: target.pid) ? .starter
            : (from.map { $0.ppid == target.ppid } == true ? .sibling : .other)
        return (target.name, relation)
    }

    /// Whether `starter`'s start() made `sender` and the fork server forked it (r22_parent_sigusr1_handler under
    /// forkserver: a child's os.kill() of the program's main process said "a process of this run, not a child of this
    /// one", true of the OS tree but silent on the one relation the program knows, that this process started it).
    private func startedByViaForkServer(_ sender: Int32, starter: Int32) -> Bool {
        guard let from = process(pid: sender), process(pid: from.ppid)?.role == "forkserver" else { return false }
        return events.contains { $0.is(.processSpawn) && $0.pid == starter && $0.int(EventField.childPid) == Int64(sender) }
    }
}
