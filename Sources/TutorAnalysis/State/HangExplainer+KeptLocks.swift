import TutorCore

extension HangExplainer {
    /// A wait to acquire a Lock or RLock whose every holder has ended holding it (r17_terminate_holding_lock_hang: a
    /// worker terminated inside `with lock:`): the hang names each holder's acquire and end, not that an ended process
    /// "still held it", and says why no release() can come. A Semaphore's units are `keptSemaphoreUnits`.
    func keptLock(_ call: BlockedCall, state: RunState) -> (text: String, premise: NotePremise)? {
        guard case let .lock(label) = call.target,
              let lock = state.locks.first(where: { $0.label == label }), lock.type == "Lock" || lock.type == "RLock" else { return nil }
        let holders = StateQueries.endedHolders(of: label, in: state)
        guard !holders.isEmpty, !holders.contains(call.who) else { return nil }
        var seen: Set<String> = []
        let takers = endedTakers(lock.holders.filter { seen.insert($0.who).inserted }, .hangLockKeptBy, state: state)
        let text = Phrase.hangLockKeptByEnded.text(["who": call.who, "what": call.what, "t": Format.seconds(call.since), "label": label,
                                                    "holders": takers.joined(separator: Phrase.listSeparator.text())])
        return (text, .lockHeldByEnded(step: moment, lock: label, holders: holders))
    }
}
