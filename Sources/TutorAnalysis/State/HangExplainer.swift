import TutorCore

/// Says, in plain words, why a run that the watchdog stopped (or whose processes all blocked) hung:
/// a cycle of waits (deadlock), a get that no live process can feed, a join on a child that cannot exit
/// while its queue feeder still holds data, or a join on a process that waits for the joiner.
///
/// It reasons only from the state rebuilt from recorded events: who holds what, who waits on what.
struct HangExplainer {
    let timeline: Timeline

    init(timeline: Timeline) { self.timeline = timeline }

    /// The explanations, most specific first; empty when nothing recorded explains the hang.
    func explanations() -> [String] {
        let state = StateReplayer(timeline: timeline).state(after: Self.lastTracedEvent(timeline.events))
        let alive = Set(state.processes.filter(\.isAlive).map(\.pid))
        let blocked = state.blocked.filter { alive.contains($0.pid) }
        guard !blocked.isEmpty else { return [] }
        var out = cycles(blocked, state: state)
        out += feederJoins(blocked, state: state, alive: alive)
        out += starvedGets(blocked, state: state, alive: alive)
        out += lostPoolResults(blocked)
        out += unfinishedWork(blocked)
        if out.isEmpty {
            out = blocked.map { Phrase.hangSince.text(["who": $0.who, "what": $0.what, "t": Format.seconds($0.since)]) }
        }
        return out
    }

    /// The last event before mp-tutor saw the run end: what a helper prints after the main process was stopped
    /// (the resource tracker's warnings) is aftermath, and the main process's end must not clear its blocked call.
    static func lastTracedEvent(_ events: [TraceEvent]) -> Int {
        if let end = events.firstIndex(where: { $0.observedBy == "mp-tutor" }) { return max(0, end - 1) }
        return events.count - 1
    }
}

private extension HangExplainer {
    /// Who a blocked call waits for, by process name: lock holders, or the joined child.
    func waitsFor(_ call: BlockedCall, state: RunState) -> [(name: String, why: String)] {
        switch call.target {
        case let .lock(label):
            let holders = state.locks.first { $0.label == label }?.holders.map(\.who) ?? []
            return holders.map { ($0, "holds \(label)") }
        case let .join(_, name):
            return [(name, "is the child it joins")]
        default:
            return []
        }
    }

    func cycles(_ blocked: [BlockedCall], state: RunState) -> [String] {
        var edges: [String: (to: String, call: BlockedCall)] = [:]
        for call in blocked {
            if let target = waitsFor(call, state: state).first(where: { $0.name != call.who }) { edges[call.who] = (target.name, call) }
        }
        var reported: Set<String> = []
        var out: [String] = []
        for start in edges.keys.sorted() where !reported.contains(start) {
            var path = [start]
            var node = start
            while let next = edges[node]?.to, !path.contains(next) {
                path.append(next)
                node = next
            }
            guard let next = edges[node]?.to, let loopStart = path.firstIndex(of: next) else { continue }
            let loop = Array(path[loopStart...])
            loop.forEach { reported.insert($0) }
            let parts = loop.map { who -> String in
                let call = edges[who]!.call
                let held = state.locks.filter { $0.holders.contains { $0.who == who } }.map(\.label)
                return (held.isEmpty ? "\(who)" : Phrase.hangHoldsAnd.text(["who": who, "held": held.joined(separator: ", ")])) + " \(call.what)"
            }
            out.append(Phrase.hangDeadlock.text(["parts": parts.joined(separator: Phrase.listSeparator.text())]))
        }
        return out
    }

    /// A parent joins a child that put data nobody has read: the child's feeder thread cannot finish.
    func feederJoins(_ blocked: [BlockedCall], state: RunState, alive: Set<Int32>) -> [String] {
        blocked.compactMap { call -> String? in
            guard case let .join(pid, name) = call.target, alive.contains(pid) else { return nil }
            guard !state.blocked.contains(where: { $0.pid == pid }) else { return nil }
            let unread = state.queues.filter { q in q.items.contains { $0.putBy == name || $0.putBy.hasPrefix(name + "/") } }
            guard let queue = unread.first else { return nil }
            let item = queue.items.first { $0.putBy == name || $0.putBy.hasPrefix(name + "/") }!
            return Phrase.hangFeederJoin.text(["who": call.who, "name": name, "item": item.repr, "queue": queue.label,
                                               "t": Format.seconds(item.putAt)])
        }
    }

    /// A Pool result call waits for a chunk whose worker ended inside it: that result can never come.
    func lostPoolResults(_ blocked: [BlockedCall]) -> [String] {
        let lost = PoolFigures.all(timeline).flatMap { pool in pool.chunksLost.map { (pool.pool, $0) } }
        guard !lost.isEmpty else { return [] }
        return blocked.compactMap { call -> String? in
            guard case let .result(written, what) = call.target else { return nil }
            let parts = lost.map { pool, task -> String in
                let code = task.workerPid.flatMap { timeline.process(pid: $0)?.exitCode }.map { " (exitcode \($0))" } ?? ""
                return "\(task.worker ?? "a worker") of \(pool) ended\(code) while running \(task.name)"
            }
            return "\(call.who) waits in \(written) for \(what), but " + parts.joined(separator: "; ")
                + ": that result will never come. A Pool replaces a dead worker but does not notice the task it lost, "
                + "so \(written) waits forever; concurrent.futures.ProcessPoolExecutor fails such calls with BrokenProcessPool instead."
        }
    }

    /// A wait on executor work items (`as_completed()`, `wait()`, `result()`, `shutdown()`) whose items never finished:
    /// which worker started each and when, or that none took it. Only with one executor in the run, whose work
    /// numbers are then unambiguous in the workers' events.
    func unfinishedWork(_ blocked: [BlockedCall]) -> [String] {
        let events = timeline.events
        guard events.filter({ $0.is(.executorCreate) }).count == 1 else { return [] }
        return blocked.compactMap { call -> String? in
            guard case .result = call.target, let begin = events.last(where: {
                $0.is(anyOf: [.executorWait, .futureWait]) && $0.pid == call.pid && $0.thread == call.thread && $0.t == call.since
            }) else { return nil }
            let works = begin.is(.futureWait) ? [begin.work].compactMap { $0 }
                : begin.fields[EventField.works]?.arrayValue?.compactMap(\.intValue) ?? []
            let parts = works.compactMap { work -> String? in
                guard let start = events.last(where: { $0.is(.futureStart) && $0.work == work }) else {
                    return Phrase.hangWorkQueued.text(["work": work])
                }
                guard !events.contains(where: { $0.is(.futureEnd) && $0.pid == start.pid && $0.work == work }) else { return nil }
                let worker = start.thread == "MainThread" ? start.process : "\(start.process)/\(start.threadRole)"
                return Phrase.hangWorkRunning.text(["worker": worker, "work": work, "t": Format.seconds(start.t)])
            }
            guard !parts.isEmpty else { return nil }
            return Phrase.hangWaitsOnWork.text(["who": call.who, "what": call.what, "t": Format.seconds(call.since),
                                                "parts": parts.joined(separator: Phrase.listSeparator.text())])
        }
    }

    /// A get on an empty queue while every other live process is blocked too.
    func starvedGets(_ blocked: [BlockedCall], state: RunState, alive: Set<Int32>) -> [String] {
        blocked.compactMap { call -> String? in
            guard case let .queueGet(label) = call.target,
                  state.queues.first(where: { $0.label == label })?.items.isEmpty ?? true else { return nil }
            let others = state.processes.filter { $0.isAlive && $0.pid != call.pid && ($0.role == "main" || $0.role == "child") }
            let othersBlocked = others.allSatisfy { other in state.blocked.contains { $0.pid == other.pid } }
            guard othersBlocked else { return nil }
            let what = others.compactMap { other in state.blocked.first { $0.pid == other.pid } }.map { "\($0.who) \($0.what)" }
            let joiner = others.compactMap { other in state.blocked.first { $0.pid == other.pid } }
                .first { if case let .join(pid, _) = $0.target { pid == call.pid } else { false } }
            var text = Phrase.hangStarvedGet.text(["who": call.who, "label": label])
            text += what.isEmpty ? Phrase.notePeriod.text() : Phrase.hangStarvedOthers.text(["what": what.joined(separator: Phrase.listSeparator.text())])
            if let joiner {
                text += Phrase.hangStarvedJoiner.text(["joiner": joiner.who, "who": call.who])
            }
            return text + Phrase.hangStarvedAdvice.text()
        }
    }
}
