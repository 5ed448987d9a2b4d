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
        var seen: Set<String> = []
        let takers = lock.holders.filter { seen.insert($0.who).inserted }.map { holder -> String in
            let name = holder.who.split(separator: "/", maxSplits: 1).first.map(String.init) ?? holder.who
            let code = state.processes.last { $0.name == name }?.exitCode
            return Phrase.hangLockKeptBy.text(["who": holder.who, "since": Format.seconds(holder.since),
                                               "code": code.map { Phrase.hangExitCode.text(["code": $0]) } ?? ""])
        }
        let text = Phrase.noteJoinGaveUpLockKept.text(["label": label, "holders": takers.joined(separator: Phrase.listSeparator.text())])
        return (text, .lockHeldByEnded(step: index, lock: label, holders: holders))
    }
}
