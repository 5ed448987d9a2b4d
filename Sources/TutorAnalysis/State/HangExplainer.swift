import TutorCore

/// Says, in plain words, why a run that the watchdog stopped (or whose processes all blocked) hung:
/// a cycle of waits (deadlock), a get that no live process can feed, a join on a child that cannot exit
/// while its queue feeder still holds data, or a join on a process that waits for the joiner.
///
/// It reasons only from the state rebuilt from recorded events: who holds what, who waits on what.
struct HangExplainer {
    let timeline: Timeline
    let replayer: StateReplayer
    /// The step whose state is explained: the last event a traced process wrote before the watchdog fired.
    let moment: Int

    init(timeline: Timeline, replayer: StateReplayer? = nil, moment: Int? = nil) {
        self.timeline = timeline
        self.replayer = replayer ?? StateReplayer(timeline: timeline)
        self.moment = moment ?? Self.moment(of: timeline)
    }

    /// The explanations' words, most specific first; empty when nothing recorded explains the hang.
    func explanations() -> [String] { reasons().map(\.text) }

    /// The explanations, most specific first, each with the premise it rests on; empty when nothing
    /// recorded explains the hang.
    func reasons() -> [(text: String, premise: NotePremise)] {
        let state = replayer.state(after: moment)
        let alive = Set(state.processes.filter(\.isAlive).map(\.pid))
        let blocked = state.blocked.filter { alive.contains($0.pid) }
        guard !blocked.isEmpty else { return [] }
        var out = cycles(blocked, state: state)
        out += feederJoins(blocked, state: state, alive: alive)
        out += writeLocksLeftHeld(blocked, state: state)
        out += feedersAtExit(blocked, state: state)
        out += starvedGets(blocked, state: state, alive: alive)
        out += unfinishedItems(blocked, state: state)
        out += callbackEndedJoins(blocked)
        out += partialItems(blocked, state: state)
        let lost = lostPoolResults(blocked)
        out += lost
        if lost.isEmpty { out += unfinishedTasks(blocked) }
        out += takenTasksLost(blocked)
        out += initializerDeaths(blocked, state: state)
        out += bootDeaths(blocked, state: state)
        out += unfinishedWork(blocked, state: state)
        out += unsetBareFutures(blocked)
        out += exitJoins(blocked)
        out += runningJoinedChildren(blocked, state: state)
        out += silentManagerServers(blocked, state: state)
        out += shortBarriers(blocked)
        out += noWakers(blocked)
        out += heldPipeEnds(blocked)
        out += leftPoolJobs(blocked)
        if out.isEmpty {
            out = blocked.map { call in
                let at = NotePremise.blocked(step: moment, pid: call.pid, thread: call.thread)
                if case let .lock(label) = call.target,
                   let holders = state.locks.first(where: { $0.label == label })?.holders.map(\.who)
                       .reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }),
                   !holders.isEmpty, holders == [call.who], state.locks.first(where: { $0.label == label })?.type == "Lock" {
                    // a Lock is not re-entrant: the thread that holds it waits for itself (round 15H, r15h_lock_reacquired_nested)
                    return (Phrase.hangLockSelf.text(["who": call.who, "what": call.what, "t": Format.seconds(call.since), "label": label])
                                + sharedGuardedBy(label, state: state),
                            .all([at, .lockHeld(step: moment, lock: label, holders: holders)]))
                }
                if let kept = keptSemaphoreUnits(call, state: state) { return (kept.text, .all([at, kept.premise])) }
                if let kept = keptLock(call, state: state) { return (kept.text, .all([at, kept.premise])) }
                if case let .lock(label) = call.target,
                   let holders = state.locks.first(where: { $0.label == label })?.holders.map(\.who)
                       .reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }),
                   !holders.isEmpty, !holders.contains(call.who) {
                    return (Phrase.hangLockHeld.text(["who": call.who, "what": call.what, "t": Format.seconds(call.since),
                                                      "holders": holders.joined(separator: Phrase.listSeparator.text())]),
                            .all([at, .lockHeld(step: moment, lock: label, holders: holders)]))
                }
                return (Phrase.hangSince.text(["who": call.who, "what": call.what, "t": Format.seconds(call.since)]), at)
            }
        }
        return out
    }

    /// The last event a traced process wrote before the watchdog's limit: mp-tutor's own observations of the
    /// end, and what processes wrote while being stopped, come after it.
    static func moment(of timeline: Timeline) -> Int {
        let limit = timeline.trailer?.run.watchdogStopNs ?? Int64.max
        let beforeLimit = timeline.events.lastIndex { $0.string(EventField.observedBy) != "mp-tutor" && $0.t < limit }
            ?? timeline.events.lastIndex { $0.string(EventField.observedBy) != "mp-tutor" } ?? (timeline.events.count - 1)
        return min(beforeLimit, lastTracedEvent(timeline.events))
    }

    /// The last event before mp-tutor saw the run end: what a helper prints after the main process was stopped
    /// (the resource tracker's warnings) is aftermath, and the main process's end must not clear its blocked call.
    static func lastTracedEvent(_ events: [TraceEvent]) -> Int {
        if let end = events.firstIndex(where: { $0.string(EventField.observedBy) == "mp-tutor" }) { return max(0, end - 1) }
        return events.count - 1
    }
}

private extension HangExplainer {
    func cycles(_ blocked: [BlockedCall], state: RunState) -> [(text: String, premise: NotePremise)] {
        var edges: [String: (to: String, call: BlockedCall)] = [:]
        for call in blocked {
            if let target = StateQueries.waitsFor(call, in: state).first(where: { $0 != call.who }) { edges[call.who] = (target, call) }
        }
        var reported: Set<String> = []
        var out: [(text: String, premise: NotePremise)] = []
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
                // the wait is part of the phrase: Chinese joins "并且" and the wait without the space English needs
                return held.isEmpty ? "\(who) \(call.what)"
                    : Phrase.hangHoldsAnd.text(["who": who, "held": held.joined(separator: Phrase.listComma.text()), "what": call.what])
            }
            out.append((Phrase.hangDeadlock.text(["parts": parts.joined(separator: Phrase.listSeparator.text())]),
                        .waitCycle(step: moment, members: loop)))
        }
        return out
    }

    /// A parent joins a child that put data nobody has read: the child's feeder thread cannot finish.
    func feederJoins(_ blocked: [BlockedCall], state: RunState, alive: Set<Int32>) -> [(text: String, premise: NotePremise)] {
        blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case let .join(pid, name) = call.target, alive.contains(pid) else { return nil }
            // the child may be recorded waiting at exit for its queue's feeder: that is this very pitfall
            guard !state.blocked.contains(where: { $0.pid == pid && !StateQueries.isFeederJoinAtExit($0) }) else { return nil }
            let unread = state.queues.filter { q in q.items.contains { $0.putBy == name || $0.putBy.hasPrefix(name + "/") } }
            guard let queue = unread.first else { return nil }
            let item = queue.items.first { $0.putBy == name || $0.putBy.hasPrefix(name + "/") }!
            // gaps 33D: the put its feeder still held at its exit when the record shows it, not its first (the pipe took that)
            let text = feederJoinHeldText(who: call.who, name: name, pid: pid, queue: queue.label)
                ?? Phrase.hangFeederJoin.text(["who": call.who, "name": name, "item": item.repr, "queue": queue.label,
                                               "t": Format.seconds(item.putAt)])
            return (text,
                    .feederJoin(step: moment, joinerPid: call.pid, childPid: pid, queue: queue.label))
        }
    }

    /// A Pool result call waits for a chunk whose worker ended inside it: that result can never come.
    func lostPoolResults(_ blocked: [BlockedCall]) -> [(text: String, premise: NotePremise)] {
        let lost = PoolFigures.all(timeline).flatMap { pool in pool.chunksLost.map { (pool.pool, $0) } }
        guard !lost.isEmpty else { return [] }
        return blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case let .result(written, what) = call.target else { return nil }
            let parts = lost.map { pool, task -> String in
                let code = task.workerPid.flatMap { timeline.process(pid: $0)?.exitCode }.map { Phrase.hangExitCode.text(["code": $0]) } ?? ""
                return Phrase.hangLostPart.text(["worker": task.worker ?? Phrase.hangAWorker.text(), "pool": pool, "code": code, "task": task.name])
            }
            let joined = parts.joined(separator: Phrase.notePartsSeparator.text())
            // round 18E: workers ended by their pool's own terminate() are not replaced; say the terminate, not the replacement
            // a loop over an imap result: its own sentences (gaps 24B), the same English
            let values = ["who": call.who, "call": written, "what": what, "parts": joined, "method": call.iterated ?? ""]
            let text = terminatedBeforeLoss(Set(lost.map(\.0))).map { end in
                (call.iterated == nil ? Phrase.hangLostResultTerminated : .hangLostResultTerminatedIterated).text(in: Language.current,
                    filling: values.merging(["pool": end.object ?? "?", "at": Format.seconds(end.t),
                                             "by": end.thread == "MainThread" ? end.process : end.process + " · " + end.thread]) { a, _ in a })
            } ?? (call.iterated == nil ? Phrase.hangLostResult : .hangLostResultIterated).text(in: Language.current, filling: values)
            return (text,
                    .lostResult(step: moment, pid: call.pid, thread: call.thread, chunks: lost.map(\.1.name)))
        }
    }

    /// A get on an empty queue while every other live process is blocked too.
    func starvedGets(_ blocked: [BlockedCall], state: RunState, alive: Set<Int32>) -> [(text: String, premise: NotePremise)] {
        blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case let .queueGet(label) = call.target,
                  state.queues.first(where: { $0.label == label })?.items.isEmpty ?? true else { return nil }
            let others = state.processes.filter { $0.isAlive && $0.pid != call.pid && ($0.role == "main" || $0.role == "child") }
            let othersBlocked = others.allSatisfy { other in state.blocked.contains { $0.pid == other.pid } }
            guard othersBlocked, StateQueries.silentChildren(through: moment, in: timeline.events).isEmpty else { return nil }
            let what = others.compactMap { other in state.blocked.first { $0.pid == other.pid } }.map { "\($0.who) \($0.what)" }
            let joiner = others.compactMap { other in state.blocked.first { $0.pid == other.pid } }
                .first { if case let .join(pid, _) = $0.target { pid == call.pid } else { false } }
            var text = Phrase.hangStarvedGet.text(["who": call.who, "label": label])
            text += what.isEmpty ? Phrase.notePeriod.text() : Phrase.hangStarvedOthers.text(["what": what.joined(separator: Phrase.listSeparator.text())])
            if let joiner {
                text += Phrase.hangStarvedJoiner.text(["joiner": joiner.who, "who": call.who])
            }
            let starved = NotePremise.starvedGet(step: moment, pid: call.pid, thread: call.thread, queue: label)
            // the item went to another process's copy of this queue, made by the same line: not an end signal missing
            if let copy = StateQueries.putOnModuleCopy(of: label, before: moment + 1, in: timeline.events) {
                text += Phrase.hangStarvedModuleCopy.text(["putter": copy.putter, "item": copy.item, "copy": copy.copy, "site": copy.site])
                return (text, .all([starved, .putOnModuleCopy(step: moment, queue: label, copy: copy.copy)]))
            }
            // the item was put, but its feeder thread could not pickle it and dropped it (round 15H, r15h_queue_put_recursion)
            if let drop = timeline.events[...moment].lastIndex(where: { $0.is(.queuePutDropped) && $0.object == label }) {
                let e = timeline.events[drop]
                text += Phrase.hangStarvedDropped.text(["putter": e.process, "item": e.item ?? "?", "label": label, "t": Format.seconds(e.t - (e.int(EventField.sincePutNs) ?? 0)),
                                                        "error": e.string(EventField.message) ?? "?"])
                return (text, .all([starved, .putDropped(step: drop, queue: label)]))
            }
            // nothing was ever put, and a child ended by an exception (r15h_thread_get_at_exit, gaps 16B)
            let raised = StateQueries.raisedBeforeAnyPut(queue: label, through: moment, in: timeline.events)
            if !raised.isEmpty {
                let children = raised.map { Phrase.hangRaisedChild.text(["who": $0.name, "error": $0.error]) }
                text += Phrase.hangStarvedRaised.text(["label": label, "children": children.joined(separator: Phrase.listSeparator.text())])
                return (text, .all([starved, .raisedBeforeAnyPut(step: moment, queue: label, children: raised.map(\.name))]))
            }
            // every None put went to another consumer: none was left for this one (round 33)
            let nones = StateQueries.nonesTakenByOthers(queue: label, waiter: call.pid, through: moment, in: timeline.events)
            if !nones.isEmpty {
                let each = nones.map { Phrase.hangNoneTakenBy.text(["putter": $0.putter, "put": Format.seconds($0.putAt),
                                                                     "taker": $0.taker, "got": Format.seconds($0.gotAt)]) }
                // one None is "it", not "every one" of "1 None(s)"
                text += (nones.count == 1 ? Phrase.hangStarvedOneNoneTaken : Phrase.hangStarvedNonesTaken).text(["label": label, "n": nones.count, "who": call.who,
                                                           "each": each.joined(separator: Phrase.listSeparator.text())])
                return (text, .all([starved, .nonesTakenByOthers(step: moment, queue: label, waiter: call.pid, takers: nones.map(\.taker))]))
            }
            return (text + Phrase.hangStarvedAdvice.text(), starved)
        }
    }

    /// A wait on executor work items (`as_completed()`, `wait()`, `result()`, `shutdown()`) whose items never finished:
    /// which worker of that executor started each and when, or that none took it. Work numbers are per executor and a
    /// worker's events do not name it, so a start counts only when `ExecutorFigures.owners` gives it to exactly the
    /// executor of that item (the one waited on, or the one a wait on several executors' futures names for it); an
    /// item whose start could belong to several executors is left out, never guessed.
    func unfinishedWork(_ blocked: [BlockedCall], state: RunState) -> [(text: String, premise: NotePremise)] {
        let events = timeline.events
        let labels = events.filter { $0.is(.executorCreate) }.compactMap(\.object)
        guard !labels.isEmpty else { return [] }
        let owner = ExecutorFigures.owners(timeline, labels: labels)
        let several = labels.count > 1   // then each part names the executor whose worker holds the item
        return blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case .result = call.target, let begin = events.last(where: {
                $0.is(anyOf: [.executorWait, .futureWait]) && $0.pid == call.pid && $0.thread == call.thread && $0.t == call.since
            }) else { return nil }
            var items: [(executor: String, work: Int64)]
            if begin.is(.futureWait) {
                guard let executor = begin.object ?? (labels.count == 1 ? labels[0] : nil), let work = begin.work else { return nil }
                items = [(executor, work)]
            } else {
                items = RunState.workItems(begin).map { item in (begin.object == nil && labels.count == 1 ? labels[0] : item.executor, item.work) }
            }
            items = items.filter { !RunState.isBareFuture($0.executor) }      // gaps 33A: unsetBareFutures says those
            var ended: [NotePremise] = []
            var cancelled: [(executor: String, works: [Int64])] = []     // said once per executor, after the others
            var parts = items.compactMap { executor, work -> String? in
                let starts = events.indices.filter { events[$0].is(.futureStart) && events[$0].work == work }
                guard let i = starts.last(where: { owner[$0] == executor }) else {
                    // No start of this executor's item; one that no executor could be given may be it: say nothing.
                    guard starts.allSatisfy({ owner[$0] != nil }) else { return nil }
                    // shutdown(cancel_futures=True) cancelled it: that, not a missing worker, is why it never finished
                    if begin.is(.executorWait), StateQueries.cancelledByShutdown(executor, work: work, through: moment, in: timeline) {
                        ended.append(.cancelledByShutdown(step: moment, executor: executor, work: work))
                        if let at = cancelled.firstIndex(where: { $0.executor == executor }) { cancelled[at].works.append(work) }
                        else { cancelled.append((executor, [work])) }
                        return nil
                    }
                    let queued = (several ? Phrase.hangWorkQueuedOf : Phrase.hangWorkQueued).text(["work": work, "object": executor])
                    // And no worker is left to start it, when the state shows every worker of the executor ended.
                    guard let names = StateQueries.executorWorkersEnded(executor, through: moment, in: timeline, state: state) else { return queued }
                    ended.append(.executorWorkersEnded(step: moment, executor: executor, workers: names))
                    return queued + Phrase.hangNoLiveWorker.text(["object": executor,
                                                                  "names": names.joined(separator: Phrase.evComma.text())])
                }
                let start = events[i]
                guard !events[i...].contains(where: { $0.is(.futureEnd) && $0.pid == start.pid && $0.thread == start.thread && $0.work == work })
                else { return nil }
                let worker = start.thread == "MainThread" ? start.process : "\(start.process)/\(start.threadRole)"
                return (several ? Phrase.hangWorkRunningOf : Phrase.hangWorkRunning).text(["worker": worker, "object": executor, "work": work, "t": Format.seconds(start.t)])
            }
            parts += cancelled.map { executor, works in
                (works.count == 1 ? Phrase.hangWorkCancelled : Phrase.hangWorkCancelledMany).text(
                    ["object": executor, "works": works.map(String.init).joined(separator: Phrase.evComma.text())])
            }
            guard !parts.isEmpty else { return nil }
            let waiting = NotePremise.blocked(step: moment, pid: call.pid, thread: call.thread)
            return (Phrase.hangWaitsOnWork.text(["who": call.who, "what": call.what, "t": Format.seconds(call.since),
                                                 "parts": parts.joined(separator: Phrase.listSeparator.text())]),
                    ended.isEmpty ? waiting : .all([waiting] + ended))
        }
    }
}
