import TutorCore

extension HangExplainer {
    /// A recv() that waits for an EOFError its own process keeps away (round 11, r11_pipe_eof_parent_copy_hang: the
    /// child sent three items and closed its end; the parent, which made the Pipe, never closed its copy of that end, and
    /// the hang said only that it waited in recv()).
    func heldPipeEnds(_ blocked: [BlockedCall]) -> [(text: String, premise: NotePremise)] {
        blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case let .pipe(label, end?, written) = call.target, written != "send()",
                  let held = StateQueries.heldPipeEnd(pid: call.pid, pipe: label, end: end, at: moment, in: replayer) else { return nil }
            // the waiter made the Pipe, or (gaps 12A) was forked from the process that did while that held the end
            let text = (held.inheritedFrom == nil ? Phrase.hangPipeEndHeld : Phrase.hangPipeEndInherited).text([
                "who": call.who, "call": written, "object": label, "end": TraceEvent.endWords(end),
                "other": TraceEvent.endWords(held.other), "maker": held.inheritedFrom ?? "",
                "senders": held.senders.joined(separator: Phrase.listSeparator.text())])
            return (text, .pipeEndHeld(step: moment, pid: call.pid, pipe: label, end: end))
        }
    }
}

extension StateQueries {
    /// At `step`, `pid` waits to receive on `end` of `pipe`, a Pipe it made itself, or (gaps 12A) one that the process
    /// that forked it (`process.spawn` with `method` fork, or os.fork()) had made before and had not closed the other
    /// end of before that fork (`inheritedFrom`: the maker's name; a forked child holds a copy of every end its parent
    /// had open), and whose other end `pid` was never seen to close (no `pipe.close` of it in `pid`, closed or
    /// dropped), while every other process that sent on that other end has ended, and `pid` started no thread of its
    /// own that could still send: the other end and the senders' names. Nil otherwise, and when no other process ever
    /// sent on it. An end that reached `pid` only by pickling (spawn, forkserver, a Queue) is not this: nil.
    static func heldPipeEnd(pid: Int32, pipe: String, end: String, at step: Int, in replayer: StateReplayer)
        -> (other: String, senders: [String], inheritedFrom: String?)? {
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
        let maker = made ? nil : forkedAfterPipe(pid: pid, pipe: pipe, other: other, before: step, in: events)
        guard made || maker != nil, !closed, !ownThreads, !senders.isEmpty else { return nil }
        let state = replayer.state(after: step)
        guard state.blocked.contains(where: { call in
            guard call.pid == pid, case let .pipe(label, waitEnd, _) = call.target else { return false }
            return label == pipe && waitEnd == end
        }) else { return nil }
        let ended = state.processes.filter { senders.contains($0.pid) && !$0.isAlive }
        guard ended.count == senders.count else { return nil }
        return (other, senders.compactMap { pid in ended.first { $0.pid == pid }?.name }, maker.map { events[$0].process })
    }

    /// The step of `pipe.create` of `pipe` when `pid` was forked (its parent's `process.spawn` of it, method fork or
    /// os.fork()) by the process that made the Pipe, after that and before any close of `other` there; nil otherwise.
    private static func forkedAfterPipe(pid: Int32, pipe: String, other: String, before step: Int, in events: [TraceEvent]) -> Int? {
        guard let create = events[...step].firstIndex(where: { $0.is(.pipeCreate) && $0.object == pipe }) else { return nil }
        let maker = events[create].pid
        guard let spawn = events[create...step].firstIndex(where: { $0.is(.processSpawn) && $0.pid == maker && $0.childPid == pid }),
              events[spawn].string(EventField.method) == "fork" || events[spawn].bool(EventField.osFork) == true
        else { return nil }
        let closedBefore = events[create..<spawn].contains { $0.is(.pipeClose) && $0.object == pipe && $0.end == other && $0.pid == maker }
        return closedBefore ? nil : create
    }
}
