import TutorCore

extension GenericRules {
    /// " Lock#1 had been taken and never released: holder/holder-thread acquired it at 0.666 s, then ended (exitcode 0)
    /// still holding it. …" when the child a join(timeout) gave up on waits to acquire a Lock or RLock whose every holder
    /// has ended (r27_thread_holds_lock_exit: a child's thread held it when the child called os._exit); nil otherwise.
    /// Without it the note said only that the child waits to acquire the lock, not why no release() could come.
    func keptLock(_ call: BlockedCall, at index: Int) -> (text: String, premise: NotePremise)? {
        guard case let .lock(label) = call.target else { return nil }
        let state = replayer.state(after: index)
        guard let lock = state.locks.first(where: { $0.label == label }), lock.type == "Lock" || lock.type == "RLock" else { return nil }
        let holders = StateQueries.endedHolders(of: label, in: state)
        guard !holders.isEmpty, !holders.contains(call.who) else { return nil }
        guard let kept = StateQueries.keptByText(of: lock, in: state) else { return nil }
        let text = Phrase.noteJoinGaveUpLockKept.text(["label": label, "holders": kept])
        return (text, .lockHeldByEnded(step: index, lock: label, holders: holders))
    }
}
