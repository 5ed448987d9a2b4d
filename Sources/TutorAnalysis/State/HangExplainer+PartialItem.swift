import TutorCore

extension HangExplainer {
    /// A get that found only the start of an item in the pipe and waits for the rest, while every process that put on
    /// that queue has ended: the feeder thread that was writing the item ended with its process (terminate() during a
    /// put, the documented way to corrupt a queue), so the rest never comes.
    func partialItems(_ blocked: [BlockedCall], state: RunState) -> [(text: String, premise: NotePremise)] {
        blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case let .queueGet(label) = call.target,
                  let putters = StateQueries.orphanedPartialGet(pid: call.pid, thread: call.thread, queue: label, step: moment, in: replayer),
                  !putters.isEmpty else { return nil }
            let ends = putters.map { Phrase.hangPartialPutter.text(["name": $0.name, "code": $0.exitCode.map(String.init) ?? "?"]) }
            return (Phrase.hangPartialItem.text(["who": call.who, "queue": label, "putters": ends.joined(separator: Phrase.listSeparator.text())]),
                    .partialItemOrphaned(step: moment, pid: call.pid, thread: call.thread, queue: label, putters: putters.map(\.name)))
        }
    }
}

extension StateQueries {
    /// The processes that put on `queue` before `step` (each once, in order), when at `step` the thread is blocked in a
    /// get on it that began with only part of an item in the pipe (`queue.wait` with `partial`), and every one of them
    /// has ended; nil otherwise (a putter still running may still write the rest; the waiter itself may be one).
    static func orphanedPartialGet(pid: Int32, thread: String, queue: String, step: Int,
                                   in replayer: StateReplayer) -> [RunState.Process]? {
        let events = replayer.timeline.events
        guard events.indices.contains(step) else { return nil }
        let state = replayer.state(after: step)
        guard let call = state.blocked.first(where: { $0.pid == pid && $0.thread == thread && $0.target == .queueGet(queue) }),
              events[...step].contains(where: { $0.is(.queueWait) && $0.pid == pid && $0.thread == thread && $0.t == call.since
                  && $0.object == queue && $0.bool(EventField.partial) == true }) else { return nil }
        var putters: [RunState.Process] = []
        for e in events[...step] where e.is(.queuePut) && e.object == queue && !putters.contains(where: { $0.pid == e.pid }) {
            guard e.pid != pid, let p = state.processes.last(where: { $0.pid == e.pid }), !p.isAlive else { return nil }
            putters.append(p)
        }
        return putters
    }
}
