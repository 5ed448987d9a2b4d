import TutorCore

extension GenericRules {
    /// The name of the process that forked the child whose exit is at `index` from `thread`.
    func parentName(of index: Int, _ thread: String) -> String {
        let pid = events[index].pid
        return events[..<index].last { $0.is(.processSpawn) && $0.childPid == pid }?.process ?? "?"
    }
}
