import TutorCore

/// Explanations that hold for any run, drawn only from recorded events.
struct GenericRules {
    let timeline: Timeline
    let lookup: EventFieldLookup

    /// At most this many notes of one rule, so a busy run does not drown in notes.
    static let perRule = 3

    func notes() -> [Note] {
        submitBursts() + firstQueuedTask() + firstCallback() + lockWaits() + lostUpdates() + processEnds() + watchdog()
    }
}

private extension GenericRules {
    var events: [TraceEvent] { timeline.events }

    func note(_ index: Int, _ text: String) -> Note { Note(eventIndex: index, text: text, source: .rule) }

    /// A run of submissions from one thread that returned immediately.
    func submitBursts() -> [Note] {
        var notes: [Note] = []
        var i = 0
        while i < events.count, notes.count < Self.perRule {
            guard events[i].kind == EventKind.poolSubmit, events[i].string("method")?.hasSuffix("async") == true else { i += 1; continue }
            var j = i
            var count = 1
            var k = i + 1
            while k < events.count {
                if events[k].kind == EventKind.poolSubmit, events[k].pid == events[i].pid, events[k].thread == events[i].thread {
                    count += 1; j = k
                } else if events[k].pid == events[i].pid, events[k].thread == events[i].thread {
                    break
                }
                k += 1
            }
            if count > 1 {
                let method = events[i].string("method") ?? "apply_async"
                notes.append(note(i, Phrase.noteSubmitBurst.text(["method": method, "n": count,
                                                                   "duration": Format.duration(ns: events[j].t - events[i].t)])))
            }
            i = j + 1
        }
        return notes
    }

    /// The first task that had to wait for a free worker.
    func firstQueuedTask() -> [Note] {
        // Count only the workers of the pool this task belongs to: a run may have several pools.
        guard let index = events.indices.first(where: { i in
            events[i].kind == EventKind.taskStart && (lookup.task(of: events[i])?.queuedNs ?? 0) > 50_000_000
        }), let task = lookup.task(of: events[index]), let queued = task.queuedNs else { return [] }
        let workers = Set(timeline.tasks.filter { $0.pool == task.pool }.compactMap(\.workerKey)).count
        let freed = timeline.tasks.filter { $0.workerKey == task.workerKey && ($0.endT ?? .max) <= task.startT! }
            .max { $0.endT! < $1.endT! }
        var text = Phrase.noteQueuedTask.text(["task": task.name, "duration": Format.duration(ns: queued)])
        text += workers > 1 ? Phrase.noteAllBusy.text(["n": workers]) : Phrase.noteOnlyBusy.text()
        if let freed, let worker = task.worker {
            text += Phrase.noteTookIt.text(["worker": worker, "duration": Format.duration(ns: task.startT! - freed.endT!), "task": freed.name])
        }
        return [note(index, text)]
    }

    /// Where callbacks run, shown once.
    func firstCallback() -> [Note] {
        guard let index = events.indices.first(where: { events[$0].kind == EventKind.poolCallback }) else { return [] }
        let event = events[index]
        var text = Phrase.noteCallbackWhere.text(["func": event.string("func").map { $0 + " " } ?? "", "process": event.process,
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
                      let index = events.indices.first(where: { events[$0].kind == EventKind.lockAcquire && events[$0].t == hold.acquiredT
                          && events[$0].pid == hold.pid && events[$0].object == lock.object }) else { continue }
                let holder = hold.blockedBy.map { Phrase.noteHeldBy.text(["holder": $0]) } ?? ""
                notes.append(note(index, Phrase.noteLockWait.text(["who": hold.process, "duration": Format.duration(ns: hold.waitedNs),
                                                                   "lock": lock.object, "holder": holder])))
            }
        }
        return notes
    }

    /// A read-modify-write race on a shared Value/Array: A and B read the same value, A wrote, then B
    /// wrote without reading again. One note, at the first such write, with how often it happened.
    func lostUpdates() -> [Note] {
        struct Read { var index: Int; var value: String }
        struct Write { var index: Int; var value: String; var after: Read? }
        var reads: [String: [String: Read]] = [:]        // object+attr → thread → its last access, when a read
        var writes: [String: [String: Write]] = [:]      // object+attr → thread → its last write
        var first: (index: Int, text: String)?
        var count = 0
        for (i, e) in events.enumerated() where e.kind == EventKind.sharedRead || e.kind == EventKind.sharedWrite {
            guard let object = e.object else { continue }
            let attr = e.string("attr") ?? "value"
            let slot = object + " " + attr, me = "\(e.pid) \(e.thread)", value = e.string("value") ?? "?"
            if e.kind == EventKind.sharedRead {
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
            let a = Self.who(events[theirs.index]), b = Self.who(e), member = attr.hasPrefix("[") ? attr : "." + attr
            first = (i, Phrase.noteLostUpdate.text(["a": a, "b": b, "old": mine.value, "object": object + member,
                                                    "theirs": theirs.value, "mine": value]))
        }
        guard let first else { return [] }
        return [note(first.index, first.text + (count > 1 ? Phrase.noteLostUpdateTimes.text(["n": count]) : ""))]
    }

    static func who(_ e: TraceEvent) -> String { e.thread == "MainThread" ? e.process : "\(e.process)/\(e.threadRole)" }

    /// Processes that ended with an error or a signal.
    func processEnds() -> [Note] {
        var notes: [Note] = []
        for (index, event) in events.enumerated() where notes.count < Self.perRule {
            guard event.kind == EventKind.processExit || event.kind == EventKind.processReaped,
                  let code = event.exitCode, code != 0 else { continue }
            let name = event.kind == EventKind.processExit ? event.process : (event.string("name") ?? "a child")
            if code < 0 {
                let signal = Int32(-code)
                let run = timeline.trailer?.run
                let byWatchdog = run?.timedOut == true && Double(event.t) >= (run?.timeoutSeconds ?? 0) * 1e9
                let byCtrlC = run?.interrupted == true && event.string("observed_by") == "mp-tutor"
                let interrupt = run?.interruptName ?? ""
                let why: String? = byWatchdog ? Phrase.noteByWatchdog.text() : byCtrlC
                    ? (interrupt == "Ctrl-C" ? Phrase.noteByCtrlC.text() : Phrase.noteByInterruptSignal.text(["signal": interrupt]))
                    : signal == 15 ? Phrase.noteBySIGTERM.text() : signal == 9 ? Phrase.noteBySIGKILL.text() : nil
                notes.append(note(index, Phrase.noteSignalEnd.text(["name": name, "signal": Format.signalName(signal),
                                                                    "why": why ?? "", "code": code])))
            } else if event.kind == EventKind.processExit {
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
        for life in timeline.processes where life.role != "forkserver" && life.role != "resource_tracker" {
            if let end = life.endT, end < stopAt, events.last?.pid != life.pid { continue }
            guard let last = events.last(where: { $0.pid == life.pid && $0.kind != EventKind.processExit }) else { continue }
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
        switch e.kind {
        case EventKind.lockWait: return Phrase.lastLockWait.text(["object": e.object ?? "a lock", "t": at])
        case "queue.wait": return Phrase.lastQueueWait.text(["op": e.string("op") ?? "get", "object": e.object ?? "a queue", "t": at])
        case "process.join.wait": return Phrase.lastJoinWait.text(["name": e.string("name") ?? "a child", "t": at])
        case "event.wait": return Phrase.lastEventWait.text(["object": e.object ?? "an Event", "t": at])
        case "pipe.wait": return Phrase.lastPipeWait.text(["object": e.object ?? "a pipe", "t": at])
        case "condition.wait", "barrier.wait", "queue.join.wait":
            return Phrase.lastOtherWait.text(["object": e.object ?? "it", "kind": e.kind, "t": at])
        case EventKind.taskStart: return Phrase.lastRunningTask.text(["task": task?.name ?? "a task", "t": at])
        case EventKind.print: return Phrase.lastPrinted.text(["text": e.string("text") ?? "", "t": at])
        case EventKind.processStart: return Phrase.lastStarted.text(["t": at])
        default: return Phrase.lastSeen.text(["t": at, "what": e.kind + (e.object.map { " " + $0 } ?? "")])
        }
    }
}
