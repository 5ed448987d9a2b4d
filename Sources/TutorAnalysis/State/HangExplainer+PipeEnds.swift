import TutorCore

extension HangExplainer {
    /// A recv() that waits for an EOFError its own process keeps away (round 11, r11_pipe_eof_parent_copy_hang: the
    /// child sent three items and closed its end; the parent, which made the Pipe, never closed its copy of that end, and
    /// the hang said only that it waited in recv()).
    func heldPipeEnds(_ blocked: [BlockedCall]) -> [(text: String, premise: NotePremise)] {
        blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case let .pipe(label, end?, written) = call.target,
                  let held = StateQueries.heldPipeEnd(pid: call.pid, pipe: label, end: end, at: moment, in: replayer) else { return nil }
            let text = Phrase.hangPipeEndHeld.text(["who": call.who, "call": written, "object": label, "end": TraceEvent.endWords(end),
                                                    "other": TraceEvent.endWords(held.other),
                                                    "senders": held.senders.joined(separator: Phrase.listSeparator.text())])
            return (text, .pipeEndHeld(step: moment, pid: call.pid, pipe: label, end: end))
        }
    }
}

extension StateQueries {
    /// At `step`, `pid` waits to receive on `end` of `pipe`, a Pipe it made itself and whose other end it was never seen
    /// to close (no `pipe.close` of it in `pid`, closed or dropped), while every other process that sent on that other
    /// end has ended, and `pid` started no thread of its own that could still send: the other end and the senders'
    /// names. Nil otherwise, and when no other process ever sent on it.
    static func heldPipeEnd(pid: Int32, pipe: String, end: String, at step: Int, in replayer: StateReplayer) -> (other: String, senders: [String])? {
        let events = replayer.timeline.events
        guard events.indices.contains(step), end == "A" || end == "B" else { return nil }
        let other = end == "A" ? "B" : "A"
        var made = false, closed = false, ownThreads = false
        var senders: [Int32] = []
        for e in events[...step] {
            if e.is(.pipeCreate), e.object == pipe, e.pid == pid { made = true }
            if e.is(.pipeClose), e.object == pipe, e.end == other, e.pid == pid { closed = true }
            if e.is(.threadStart), e.pid == pid, e.bool(EventField.infra) != true { ownThreads = true }
            if e.is(.pipeSend), e.object == pipe, e.end == other, e.pid != pid, !senders.contains(e.pid) { senders.append(e.pid) }
        }
        guard made, !closed, !ownThreads, !senders.isEmpty else { return nil }
        let state = replayer.state(after: step)
        guard state.blocked.contains(where: { call in
            guard call.pid == pid, case let .pipe(label, waitEnd, _) = call.target else { return false }
            return label == pipe && waitEnd == end
        }) else { return nil }
        let ended = state.processes.filter { senders.contains($0.pid) && !$0.isAlive }
        guard ended.count == senders.count else { return nil }
        return (other, senders.compactMap { pid in ended.first { $0.pid == pid }?.name })
    }
}
