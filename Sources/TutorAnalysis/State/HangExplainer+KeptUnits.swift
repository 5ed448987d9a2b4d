import TutorCore

extension HangExplainer {
    /// A wait to acquire a Semaphore every unit of which was taken by processes that have since ended, none given back
    /// (r15h_semaphore_holder_crashed, gaps 16B): a Semaphore has no owner, so the hang says whose units were never
    /// given back, and that each taker ended, not that an ended process "still held it".
    func keptSemaphoreUnits(_ call: BlockedCall, state: RunState) -> (text: String, premise: NotePremise)? {
        guard case let .lock(label) = call.target,
              let lock = state.locks.first(where: { $0.label == label }), lock.type.hasSuffix("Semaphore") else { return nil }
        let events = replayer.timeline.events
        let holders = StateQueries.endedHolders(of: label, in: state, units: StateQueries.semaphoreUnits(of: label, in: events))
        guard !holders.isEmpty else { return nil }
        let takers = endedTakers(lock.holders, .hangUnitKeptBy, state: state)
        let text = Phrase.hangSemaphoreUnitsKept.text(["who": call.who, "what": call.what, "t": Format.seconds(call.since), "label": label,
                                                       "holders": takers.joined(separator: Phrase.listSeparator.text())])
        return (text, .lockHeldByEnded(step: moment, lock: label, holders: holders))
    }
}
