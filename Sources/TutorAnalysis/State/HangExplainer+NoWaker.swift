import TutorCore

extension HangExplainer {
    /// A wait that only another process can end (a Condition's notify, an Event's set, room on a full Queue, a message on
    /// a Pipe) while no
    /// other process of the program is left free to end it: each one still alive is blocked, the others have ended
    /// (round 15H: the "Why" of such hangs only repeated the wait).
    func noWakers(_ blocked: [BlockedCall]) -> [(text: String, premise: NotePremise)] {
        blocked.compactMap { call in
            guard let found = StateQueries.noWaker(pid: call.pid, thread: call.thread, at: moment, in: replayer) else { return nil }
            var parts = found.ended.map { Phrase.hangNoWakerEnded.text(["who": $0.name, "code": $0.code.map { Phrase.hangExitCode.text(["code": $0]) } ?? ""]) }
            parts += found.others
            let detail = parts.isEmpty ? Phrase.hangNoWakerNone.text() : parts.joined(separator: Phrase.listSeparator.text())
            let phrase: Phrase = switch call.target {
            case .condition: .hangNoWakerCondition
            case .event: .hangNoWakerEvent
            case let .pipe(_, _, written): written == "send()" ? .hangNoWakerPipeSend : .hangNoWakerPipe
            default: .hangNoWakerPut
            }
            return (phrase.text(["who": call.who, "what": call.what, "label": found.label, "t": Format.seconds(call.since), "detail": detail]), .noWaker(step: moment, pid: call.pid, thread: call.thread, object: found.label))
        }
    }
}

extension StateQueries {
    /// What leaves the blocked call of `pid`/`thread` at `step` with nobody to end it: the object it waits on, the
    /// processes of the program that have ended (with exit codes), and what every other live
    /// process of the program is blocked in. Nil unless the call waits on a Condition (and no notify of it came after
    /// the wait began), an Event (no set() after it began) or a full Queue's put, and every other live process of the
    /// program (helpers aside) is blocked in something.
    static func noWaker(pid: Int32, thread: String, at step: Int, in replayer: StateReplayer)
        -> (label: String, ended: [(name: String, code: Int64?)], others: [String])? {
        let events = replayer.timeline.events
        guard events.indices.contains(step) else { return nil }
        let state = replayer.state(after: step)
        guard let call = state.blocked.first(where: { $0.pid == pid && $0.thread == thread }) else { return nil }
        let label: String
        let wake: EventKind?
        switch call.target {
        case let .condition(l): (label, wake) = (l, .conditionNotify)
        case let .event(l): (label, wake) = (l, .eventSet)
        case let .queuePut(l): (label, wake) = (l, nil)
        case let .pipe(l, _, _): (label, wake) = (l, nil)
        default: return nil
        }
        guard silentChildren(through: step, in: events).isEmpty else { return nil }
        if let wake, events[...step].contains(where: { $0.is(wake) && $0.object == label && $0.t >= call.since }) { return nil }
        var others: [String] = []
        var ended: [(name: String, code: Int64?)] = []
        for process in state.processes where process.pid != pid && process.role != "forkserver" && process.role != "resource_tracker" {
            if process.isAlive {
                let calls = state.blocked.filter { $0.pid == process.pid }
                guard let other = calls.first(where: { $0.thread == "MainThread" }) ?? calls.first else { return nil }
                others.append("\(other.who) \(other.what)")
            } else {
                ended.append((process.name, process.exitCode))
            }
        }
        // another thread of the waiting process itself could still end it
        guard !threadsFree(of: pid, besides: thread, at: step, in: state, events) else { return nil }
        return (label, ended, others)
    }
}

private extension StateQueries {
    /// Whether a thread of `pid` other than `thread` has started and not ended by `step` without being blocked.
    static func threadsFree(of pid: Int32, besides thread: String, at step: Int, in state: RunState, _ events: [TraceEvent]) -> Bool {
        var live: Set<String> = []
        for e in events[...step] where e.pid == pid {
            if e.is(.threadStart), e.bool(EventField.infra) != true, let name = e.string(EventField.name) { live.insert(name) }
            if e.is(.threadExit) { live.remove(e.thread) }
        }
        live.remove(thread)
        live.remove("MainThread")
        return live.contains { name in !state.blocked.contains { $0.pid == pid && $0.thread == name } }
    }
}
