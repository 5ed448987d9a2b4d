import TutorCore

/// Explanations that hold for any run, drawn only from recorded events.
struct GenericRules {
    let timeline: Timeline
    let lookup: EventFieldLookup
    /// The state model the notes' causes are asked of.
    let replayer: StateReplayer

    /// At most this many notes of one rule, so a busy run does not drown in notes.
    static let perRule = 3

    func notes() -> [Note] {
        submitBursts() + firstQueuedTask() + firstCallback() + lockWaits() + lostUpdates() + proxyLostUpdates() + brokenExecutors()
            + processEnds() + watchdog()
    }
}

private extension GenericRules {
    var events: [TraceEvent] { timeline.events }

    func note(_ index: Int, _ text: String) -> Note { Note(eventIndex: index, text: text, source: .rule) }

    /// A run of submissions from one thread that returned at once: consecutive submissions with nothing else
    /// recorded by that thread between them, each within `burstGapNs` of the one before (a longer gap is time
    /// the tracer did not see: the thread may have waited, so the burst ends there).
    func submitBursts() -> [Note] {
        var notes: [Note] = []
        var i = 0
        while i < events.count, notes.count < Self.perRule {
            guard events[i].is(.poolSubmit), events[i].method?.hasSuffix("async") == true else { i += 1; continue }
            var j = i
            var count = 1
            var k = i + 1
            while k < events.count {
                if events[k].pid == events[i].pid, events[k].thread == events[i].thread {
                    guard events[k].is(.poolSubmit), events[k].method == events[i].method,
                          events[k].t - events[j].t <= Self.burstGapNs else { break }
                    count += 1; j = k
                }
                k += 1
            }
            let premise = NotePremise.noWaitBetween(pid: events[i].pid, thread: events[i].thread, fromStep: i, toStep: j)
            if count > 1, premise.holds(in: replayer) {
                let method = events[i].method ?? "apply_async"
                notes.append(Note(eventIndex: i, text: Phrase.noteSubmitBurst.text(["method": method, "n": count,
                                                                                    "duration": Format.duration(ns: events[j].t - events[i].t)]),
                                  source: .rule, premise: premise))
            }
            i = j + 1
        }
        return notes
    }

    static let burstGapNs: Int64 = 5_000_000

    /// The first task that waited noticeably between its submission and its start, with that time split by
    /// what the state model shows the pool's workers doing: starting up, all busy, or one idle while the task
    /// was handed over.
    func firstQueuedTask() -> [Note] {
        for (index, event) in events.enumerated() where event.is(.taskStart) {
            guard let task = lookup.task(of: event), let queued = task.queuedNs, queued > 50_000_000, let pool = task.pool,
                  let submitT = task.submitT,
                  let submit = events[..<index].lastIndex(where: { $0.is(.poolSubmit) && $0.t == submitT && $0.object == pool })
            else { continue }
            let split = StateQueries.taskWait(pool: pool, from: submit, to: index, in: replayer)
            var parts: [String] = []
            if split.startupNs > 0 {
                let why = timeline.header.startMethod == "fork" ? "" : Phrase.noteTaskStartupWhy.text(["method": timeline.header.startMethod ?? ""])
                parts.append(Phrase.noteTaskStartup.text(["duration": Format.duration(ns: split.startupNs), "pool": pool, "why": why]))
            }
            if split.busyNs > 0 {
                parts.append(Phrase.noteTaskBusy.text(["duration": Format.duration(ns: split.busyNs)]))
            }
            if split.handoffNs > 0 {
                parts.append(Phrase.noteTaskHandoff.text(["duration": Format.duration(ns: split.handoffNs)]))
            }
            guard !parts.isEmpty else { continue }
            let text = Phrase.noteTaskWait.text(["task": task.name, "duration": Format.duration(ns: queued),
                                                 "parts": parts.joined(separator: Phrase.notePartsSeparator.text())])
            return [Note(eventIndex: index, text: text, source: .rule,
                         premise: .taskWait(pool: pool, fromStep: submit, toStep: index, split: split))]
        }
        return []
    }

    /// Where callbacks run, shown once.
    func firstCallback() -> [Note] {
        guard let index = events.indices.first(where: { events[$0].is(.poolCallback) }) else { return [] }
        let event = events[index]
        var text = Phrase.noteCallbackWhere.text(["func": event.function.map { $0 + " " } ?? "", "process": event.process,
                                                  "pid": event.pid, "thread": event.threadRole])
        if let task = lookup.task(of: event), let worker = task.worker, let pid = task.workerPid {
            text += task.workerThread == "MainThread"
                ? Phrase.noteCallbackProcess.text(["task": task.name, "worker": worker, "pid": pid])
                : Phrase.noteCallbackThread.text(["task": task.name, "worker": worker])
        }
        return [note(index, text + Phrase.notePeriod.text())]
    }

    /// Acquisitions that had to wait, naming who held the lock.
    func lockWaits() -> [Note] {
        var notes: [Note] = []
        for lock in timeline.locks {
            for hold in lock.holds where hold.waitedNs >= 1_000_000 {
                guard notes.count < Self.perRule,
                      let index = events.indices.first(where: { events[$0].is(.lockAcquire) && events[$0].t == hold.acquiredT
                          && events[$0].pid == hold.pid && events[$0].object == lock.object }) else { continue }
                let begin = events[..<index].lastIndex { $0.is(.lockWait) && $0.pid == hold.pid
                    && $0.thread == hold.thread && $0.object == lock.object }
                // Everyone who held it while this one waited, from the state model: not only the holder at the start.
                let holders = begin.map { StateQueries.holders(of: lock.object, from: $0, to: index, in: replayer) } ?? []
                var premise: NotePremise?
                if let begin, !holders.isEmpty { premise = .lockHolders(lock: lock.object, holders: holders, fromStep: begin, toStep: index) }
                let held = holders.isEmpty ? "" : holders.count == 1 ? Phrase.noteHeldBy.text(["holder": holders[0]])
                    : Phrase.noteHeldInTurn.text(["holders": holders.joined(separator: Phrase.noteHolderThen.text())])
                notes.append(Note(eventIndex: index, text: Phrase.noteLockWait.text(["who": hold.process, "duration": Format.duration(ns: hold.waitedNs),
                                                                                     "lock": lock.object, "holder": held]),
                                  source: .rule, premise: premise))
            }
        }
        return notes
    }

    /// A read-modify-write race on a shared Value/Array, or on a Manager proxy's item or attribute: A and B read
    /// the same value, A wrote, then B wrote without reading again. One note, at the first such write, with how
    /// often it happened.
    func lostUpdates() -> [Note] {
        struct Read { var index: Int; var value: String }
        struct Write { var index: Int; var value: String; var after: Read? }
        var reads: [String: [String: Read]] = [:]        // slot → thread → its last access, when a read
        var writes: [String: [String: Write]] = [:]      // slot → thread → its last write
        var first: (index: Int, text: String)?
        var count = 0
        for (i, e) in events.enumerated() {
            guard let access = Self.access(e) else { continue }
            let slot = access.slot, me = "\(e.pid) \(e.thread)", value = access.value
            if access.isRead {
                reads[slot, default: [:]][me] = Read(index: i, value: value)
                continue
            }
            let mine = reads[slot]?[me]
            reads[slot]?[me] = nil
            defer { writes[slot, default: [:]][me] = Write(index: i, value: value, after: mine) }
            guard let mine else { continue }
            // someone else read the same value, then wrote after my read: my write replaces theirs unseen
            guard let theirs = writes[slot]?.filter({ $0.key != me && $0.value.index > mine.index
                && $0.value.after?.value == mine.value }).values.max(by: { $0.index < $1.index }) else { continue }
            count += 1
            guard first == nil else { continue }
            let a = Self.who(events[theirs.index]), b = Self.who(e), place = access.place
            first = (i, Phrase.noteLostUpdate.text(["a": a, "b": b, "old": mine.value, "object": place,
                                                    "theirs": theirs.value, "mine": value]))
        }
        guard let first else { return [] }
        return [note(first.index, first.text + (count > 1 ? Phrase.noteLostUpdateTimes.text(["n": count]) : ""))]
    }

    /// A read or write of one synchronized Value/Array member (a Manager proxy's: see `proxyLostUpdates`).
    static func access(_ e: TraceEvent) -> (slot: String, place: String, isRead: Bool, value: String)? {
        guard e.is(anyOf: [.sharedRead, .sharedWrite]), let object = e.object else { return nil }
        let attr = e.attr ?? "value"
        return (object + " " + attr, object + (attr.hasPrefix("[") ? attr : "." + attr), e.is(.sharedRead),
                e.string(EventField.value) ?? "?")
    }

    /// A lost update through a Manager proxy that the recorded values and times prove (`ProxyRace`): one note, at B's
    /// write of the first race, with how many the record proves; its premise is asked again by the checker.
    func proxyLostUpdates() -> [Note] {
        let races = ProxyRace.all(in: timeline)
        guard let race = races.first, let place = ProxyRace.Access(events[race.writeB])?.place else { return [] }
        let value = { (i: Int) in ProxyRace.Access(self.events[i])?.value ?? "?" }
        let text = (race.ordered(in: events) ? Phrase.noteLostUpdateManager : Phrase.noteLostUpdateOverlap).text([
            "a": Self.who(events[race.writeA]), "b": Self.who(events[race.writeB]), "old": value(race.readB), "object": place,
            "theirs": value(race.writeA), "mine": value(race.writeB)])
        return [Note(eventIndex: race.writeB, text: text + (races.count > 1 ? Phrase.noteLostUpdatesProved.text(["n": races.count]) : ""),
                     source: .rule, premise: .proxyLostUpdate(race))]
    }

    /// A ProcessPoolExecutor that broke: which worker died inside which work item, from the recorded events.
    func brokenExecutors() -> [Note] {
        let census = ProcessCensus(timeline)
        return events.indices.filter { events[$0].is(.executorBroken) }.prefix(Self.perRule).map { index in
            let e = events[index]
            // Work items a worker started and never finished, by a worker that ended.
            var lost: [String] = []
            for start in events where start.is(.futureStart) {
                let work = start.work
                let finished = events.contains { $0.is(.futureEnd) && $0.pid == start.pid && $0.work == work }
                guard !finished, let dead = census.members.first(where: { $0.pid == start.pid }), let code = dead.exitCode,
                      code != 0, code != -15 else { continue }
                lost.append("\(dead.name) ended (exitcode \(code)) while running work item \(work ?? 0)")
            }
            let pending = e.pending ?? 0
            var text = lost.isEmpty ? "a worker process of \(e.object ?? "the executor") ended abruptly" : lost.joined(separator: "; ")
            text += ". The executor cannot tell what that worker was doing, so it marks itself broken: its \(pending) pending "
                + "Future(s) fail with BrokenProcessPool and it stops its other workers. (A multiprocessing Pool does not notice: "
                + "a result lost with a worker keeps get() or map() waiting forever.)"
            return note(index, text)
        }
    }

    static func who(_ e: TraceEvent) -> String { e.thread == "MainThread" ? e.process : "\(e.process)/\(e.threadRole)" }

    /// Processes that ended with an error or a signal.
    func processEnds() -> [Note] {
        var notes: [Note] = []
        for (index, event) in events.enumerated() where notes.count < Self.perRule {
            guard event.is(.processExit) || event.is(.processReaped),
                  let code = event.exitCode, code != 0 else { continue }
            let name = event.is(.processExit) ? event.process : (event.name ?? "a child")
            if code < 0 {
                let signal = Int32(-code)
                let run = timeline.trailer?.run
                let byWatchdog = run?.timedOut == true && Double(event.t) >= (run?.timeoutSeconds ?? 0) * 1e9
                let byCtrlC = run?.interrupted == true && event.observedBy == "mp-tutor"
                let child = event.is(.processExit) ? event.pid : Int32(event.int(EventField.childPid) ?? 0)
                let call = signal == 9 ? "kill()" : "terminate()"
                let sent = NotePremise.signalSent(childPid: child, call: call, beforeStep: index)
                var why = ""
                var premise: NotePremise?
                if byWatchdog {
                    why = Phrase.noteByWatchdog.text()
                } else if byCtrlC {
                    let interrupt = run?.interruptName ?? ""
                    why = interrupt == "Ctrl-C" ? Phrase.noteByCtrlC.text() : Phrase.noteByInterruptSignal.text(["signal": interrupt])
                } else if (signal == 9 || signal == 15), sent.holds(in: replayer) {
                    premise = sent
                    let pooled = timeline.poolOfWorker[child] != nil && events[..<index].contains { $0.is(.poolTerminate) }
                    let kinds: Set<EventKind> = signal == 9 ? [.processKill] : [.processTerminate]
                    let caller = events[..<index].last { $0.is(anyOf: kinds) && $0.int(EventField.childPid).map(Int32.init) == child }
                    let by = caller.map { $0.thread == "MainThread" ? $0.process : "\($0.process) · \($0.threadRole)" } ?? "the program"
                    why = signal == 9 ? Phrase.noteCalledKill.text(["by": by])
                        : pooled ? Phrase.notePoolTerminated.text() : Phrase.noteCalledTerminate.text(["by": by])
                } else if signal == 9 || signal == 15 {
                    why = Phrase.noteNoSignalCall.text()
                }
                notes.append(Note(eventIndex: index, text: Phrase.noteSignalEnd.text(["name": name, "signal": Format.signalName(signal), "why": why, "code": code]),
                                  source: .rule, premise: premise))
            } else if event.is(.processExit) {
                notes.append(note(index, Phrase.noteExitCode.text(["name": name, "code": code,
                                                                   "why": code == 1 ? Phrase.noteExitOne.text() : ""])))
            }
        }
        return notes
    }

    /// When the watchdog fired: what each process still alive was last seen doing.
    func watchdog() -> [Note] {
        guard let run = timeline.trailer?.run, run.timedOut, !events.isEmpty else { return [] }
        let limit = run.timeoutSeconds.map { Format.duration($0) } ?? Phrase.summaryWatchdogLimit.text()
        let stopAt = run.timeoutSeconds.map { Int64($0 * 1e9) } ?? timeline.durationNs
        var lines: [String] = []
        // A call the state model shows blocked says more than the last event of the process (often another thread's).
        let blocked = replayer.state(after: HangExplainer.lastTracedEvent(events)).blocked
        for life in timeline.processes where life.role != "forkserver" && life.role != "resource_tracker" {
            if let end = life.endT, end < stopAt, events.last?.pid != life.pid { continue }
            if let call = blocked.first(where: { $0.pid == life.pid && $0.thread == "MainThread" }) {
                lines.append(Phrase.watchdogBlocked.text(["name": life.name, "pid": life.pid, "what": call.what, "t": Format.seconds(call.since)]))
                continue
            }
            guard let last = events.last(where: { $0.pid == life.pid && !$0.is(.processExit) }) else { continue }
            lines.append(Phrase.noteWatchdogProcess.text(["name": life.name, "pid": life.pid,
                                                           "activity": Self.lastActivity(last, task: lookup.task(of: last))]))
        }
        var text = Phrase.noteWatchdog.text(["limit": limit])
        if !lines.isEmpty { text += Phrase.noteWatchdogAt.text(["list": lines.joined(separator: Phrase.listSeparator.text())]) }
        let why = HangExplainer(timeline: timeline).explanations()
        if !why.isEmpty { text += Phrase.noteWatchdogWhy.text(["why": why.joined(separator: Language.current == .zh ? "" : " ")]) }
        return [note(events.count - 1, text)]
    }

    static func lastActivity(_ e: TraceEvent, task: PoolTask?) -> String {
        let at = Format.seconds(e.t)
        switch e.known {
        case .lockWait: return Phrase.lastLockWait.text(["object": e.object ?? "a lock", "t": at])
        case .queueWait: return Phrase.lastQueueWait.text(["op": e.op ?? "get", "object": e.object ?? "a queue", "t": at])
        case .processJoinWait: return Phrase.lastJoinWait.text(["name": e.name ?? "a child", "t": at])
        case .eventWait: return Phrase.lastEventWait.text(["object": e.object ?? "an Event", "t": at])
        case .pipeWait: return Phrase.lastPipeWait.text(["object": e.object ?? "a pipe", "t": at])
        case .conditionWait, .barrierWait, .queueJoinWait:
            return Phrase.lastOtherWait.text(["object": e.object ?? "it", "kind": e.kind, "t": at])
        case .taskStart: return Phrase.lastRunningTask.text(["task": task?.name ?? "a task", "t": at])
        case .print: return Phrase.lastPrinted.text(["text": e.text ?? "", "t": at])
        case .processStart: return Phrase.lastStarted.text(["t": at])
        default: return Phrase.lastSeen.text(["t": at, "what": e.kind + (e.object.map { " " + $0 } ?? "")])
        }
    }
}
