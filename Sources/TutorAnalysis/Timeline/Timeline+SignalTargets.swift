import TutorCore

/// How the process a program signalled with os.kill() relates to the sender (round 10B).
public enum SignalTargetRelation: Sendable, Equatable {
    case parent, sibling, other
}

public extension Timeline {
    /// The process of this run that had `pid` (signalled by `sender` with os.kill()), and how it relates to the sender
    /// as the record shows it: its parent, a child of the same parent, or another process; nil when no process of the
    /// run had that pid.
    func signalTarget(pid: Int64, from sender: Int32) -> (name: String, relation: SignalTargetRelation)? {
        guard let target = processes.last(where: { Int64($0.pid) == pid }) else { return nil }
        let from = process(pid: sender)
        let relation: SignalTargetRelation = from?.ppid == target.pid ? .parent
            : (from.map { $0.ppid == target.ppid } == true ? .sibling : .other)
        return (target.name, relation)
    }
}
