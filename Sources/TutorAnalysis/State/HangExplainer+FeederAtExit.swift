import TutorCore

extension HangExplainer {
    /// A process whose work is done waits at exit for a queue's feeder thread (`queue.feeder.wait` with `at_exit`),
    /// an item it put is still unread, and no other process is running that could read it: the pipe stays full.
    func feedersAtExit(_ blocked: [BlockedCall], state: RunState) -> [(text: String, premise: NotePremise)] {
        blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case .result("Queue._finalize_join()", _) = call.target, let begin = timeline.events.last(where: {
                $0.is(.queueFeederWait) && $0.pid == call.pid && $0.thread == call.thread && $0.t == call.since
            }), begin.bool(EventField.atExit) == true, let queue = begin.object,
                // a parent joining this process is the documented join pitfall: feederJoins says it, naming both
                !blocked.contains(where: { if case .join(call.pid, _) = $0.target { true } else { false } }),
                // its feeder waits for the queue's write lock (gaps 22B): writeLocksLeftHeld says why, not a full pipe
                !blocked.contains(where: { if $0.pid == call.pid, case .result(RunState.feederLockCall, _) = $0.target { true } else { false } }),
                let item = StateQueries.feederStuckAtExit(pid: call.pid, thread: call.thread, queue: queue, in: state) else { return nil }
            // gaps 33D: the first put its feeder still held at its exit when the record shows it (the earlier ones are in the pipe)
            let held = heldInFeeder(pid: call.pid, queue: queue).flatMap { held in held.first.item.map { ($0, held.first.t) } }
            return (Phrase.hangFeederAtExit.text(["who": call.who, "queue": queue, "item": held?.0 ?? item.repr,
                                                  "t": Format.seconds(held?.1 ?? item.putAt)]),
                    .feederAtExit(step: moment, pid: call.pid, thread: call.thread, queue: queue))
        }
    }
}

extension StateQueries {
    /// A process's wait at exit for a queue's feeder thread (the queue's finalizer, `queue.feeder.wait` with `at_exit`).
    static func isFeederJoinAtExit(_ call: BlockedCall) -> Bool {
        if case .result("Queue._finalize_join()", _) = call.target { true } else { false }
    }

    /// The unread item the thread put on `queue`, when the thread is blocked joining that queue's feeder and every other
    /// live main or child process is blocked too (none is running that could read the queue); nil otherwise.
    static func feederStuckAtExit(pid: Int32, thread: String, queue: String, in state: RunState) -> RunState.Queue.Item? {
        guard state.blocked.contains(where: { call in
            guard call.pid == pid, call.thread == thread, case .result("Queue._finalize_join()", _) = call.target else { return false }
            return true
        }), let name = state.processes.last(where: { $0.pid == pid && $0.isAlive })?.name else { return nil }
        let others = state.processes.filter { $0.isAlive && $0.pid != pid && ($0.role == "main" || $0.role == "child") }
        guard others.allSatisfy({ other in state.blocked.contains { $0.pid == other.pid } }) else { return nil }
        return state.queues.first { $0.label == queue }?.items.first { $0.putBy == name || $0.putBy.hasPrefix(name + "/") }
    }
}
