import TutorCore

extension HangExplainer {
    /// When the Lock its holder waits for is also the lock the program passed (`lock=`) to traced shared ctypes
    /// objects, the sentence saying that each access through them takes that Lock (round 35S,
    /// r35s_stats_one_lock_hang): the record names the lock of each object at its creation.
    func sharedGuardedBy(_ label: String, state: RunState) -> String {
        let objects = state.shared.filter { $0.traced && $0.lock == label }.map(\.label)
        guard !objects.isEmpty else { return "" }
        return Phrase.hangLockSelfGuardsShared.text(["label": label, "objects": objects.joined(separator: Phrase.listComma.text())])
    }
}
