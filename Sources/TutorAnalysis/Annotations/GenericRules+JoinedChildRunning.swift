import TutorCore

extension GenericRules {
    /// The watchdog's words for a process that is in no recorded wait while a blocked join waits on it and it recorded
    /// events after that join began (`StateQueries.joinedChildRunning`): it was running. Round 33 left "last printed …,
    /// then recorded nothing (blocked or busy)" before the reason's "it went on running, and recorded 64 event(s) after
    /// that join began": the opening read as a stuck child. Nil for any other process (the generic words stay).
    func joinedChildRunningActivity(pid: Int32, last: Int, state: RunState, moment: Int) -> (text: String, premise: NotePremise)? {
        // as HangExplainer.runningJoinedChildren asks: alive in the state (a child still importing the main module has not
        // started: gaps 24A's words stay), in no recorded wait
        guard state.processes.contains(where: { $0.pid == pid && $0.isAlive }), !state.blocked.contains(where: { $0.pid == pid }),
              !events[last].is(.processBoot), importingMainWords(pid: pid, before: moment + 1).isEmpty else { return nil }
        let premise = state.blocked.lazy.compactMap { call -> NotePremise? in
            guard case let .join(child, _) = call.target, child == pid,
                  let running = StateQueries.joinedChildRunning(joiner: call.pid, thread: call.thread, child: pid,
                                                                 through: moment, in: events) else { return nil }
            return .joinedChildRunning(step: moment, joiner: call.pid, thread: call.thread, child: pid, events: running.events)
        }.first
        guard let premise else { return nil }
        let e = events[last]
        let at = Format.seconds(e.t)
        if e.is(.print) { return (Phrase.lastPrintedJoinedRunning.text(["text": e.string(EventField.text) ?? "", "t": at]), premise) }
        if let row = rowWords?(last), !row.isEmpty { return (Phrase.lastRowJoinedRunning.text(["t": at, "row": Self.clipped(row)]), premise) }
        return (Phrase.lastEventJoinedRunning.text(["t": at]), premise)
    }
}
