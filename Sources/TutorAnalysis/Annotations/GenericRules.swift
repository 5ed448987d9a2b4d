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
                notes.append(note(i, "\(method) only puts the task in the pool's task queue and returns: "
                    + "\(count) submissions took \(Format.duration(ns: events[j].t - events[i].t)) in all, without waiting for any worker."))
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
        var text = "\(task.name) waited \(Format.duration(ns: queued)) in the task queue"
        text += workers > 1 ? ": all \(workers) workers were busy." : ": the only worker was busy."
        if let freed, let worker = task.worker {
            text += " \(worker) took it \(Format.duration(ns: task.startT! - freed.endT!)) after finishing \(freed.name)."
        }
        return [note(index, text)]
    }

    /// Where callbacks run, shown once.
    func firstCallback() -> [Note] {
        guard let index = events.indices.first(where: { events[$0].kind == EventKind.poolCallback }) else { return [] }
        let event = events[index]
        var text = "the callback \(event.string("func").map { $0 + " " } ?? "")runs in \(event.process) (pid \(event.pid)) "
            + "on thread \(event.threadRole), not in a worker"
        if let task = lookup.task(of: event), let worker = task.worker, let pid = task.workerPid {
            text += task.workerThread == "MainThread"
                ? ": \(task.name) was computed by \(worker) (pid \(pid)), and its result travelled back to the parent first"
                : ": \(task.name) was computed by the worker thread \(worker), and its result was handed over first"
        }
        return [note(index, text + ".")]
    }

    /// Acquisitions that had to wait, naming who held the lock.
    func lockWaits() -> [Note] {
        var notes: [Note] = []
        for lock in timeline.locks {
            for hold in lock.holds where hold.waitedNs >= 1_000_000 {
                guard notes.count < Self.perRule,
                      let index = events.indices.first(where: { events[$0].kind == EventKind.lockAcquire && events[$0].t == hold.acquiredT
                          && events[$0].pid == hold.pid && events[$0].object == lock.object }) else { continue }
                let holder = hold.blockedBy.map { ", held by \($0)" } ?? ""
                notes.append(note(index, "\(hold.process) waited \(Format.duration(ns: hold.waitedNs)) for \(lock.object)\(holder)."))
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
            first = (i, "\(a) and \(b) both read \(mine.value) from \(object)\(member); \(a) wrote \(theirs.value), "
                + "then \(b) wrote \(value) without reading again. If \(b)'s value came from the \(mine.value) it read "
                + "(as in `v.value += 1`), \(a)'s update was lost: each access took the lock on its own, and a "
                + "read-modify-write needs one hold around both (`with v.get_lock():`).")
        }
        guard let first else { return [] }
        return [note(first.index, first.text + (count > 1 ? " This happened \(count) times in this run." : ""))]
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
                let why = byWatchdog ? " from mp-tutor's watchdog" : byCtrlC ? " after Ctrl-C" : signal == 15 ? " (terminate() sends it; a Pool sends it to its workers when it is terminated or leaves a with-block)"
                    : signal == 9 ? " (kill() sends it; it cannot be caught)" : ""
                notes.append(note(index, "\(name) was ended by \(Format.signalName(signal))\(why): exitcode \(code)."))
            } else if event.kind == EventKind.processExit {
                notes.append(note(index, "\(name) exited with code \(code)\(code == 1 ? ": an uncaught exception, or sys.exit(1)" : "")."))
            }
        }
        return notes
    }

    /// When the watchdog fired: what each process still alive was last seen doing.
    func watchdog() -> [Note] {
        guard let run = timeline.trailer?.run, run.timedOut, !events.isEmpty else { return [] }
        let limit = run.timeoutSeconds.map { Format.duration($0) } ?? "its limit"
        let stopAt = run.timeoutSeconds.map { Int64($0 * 1e9) } ?? timeline.durationNs
        var lines: [String] = []
        for life in timeline.processes where life.role != "forkserver" && life.role != "resource_tracker" {
            if let end = life.endT, end < stopAt, events.last?.pid != life.pid { continue }
            guard let last = events.last(where: { $0.pid == life.pid && $0.kind != EventKind.processExit }) else { continue }
            lines.append("\(life.name) (pid \(life.pid)) \(Self.lastActivity(last, task: lookup.task(of: last)))")
        }
        var text = "the watchdog stopped the run after \(limit): it was not finishing on its own."
        if !lines.isEmpty { text += " At that moment: " + lines.joined(separator: "; ") + "." }
        let why = HangExplainer(timeline: timeline).explanations()
        if !why.isEmpty { text += " Why: " + why.joined(separator: " ") }
        return [note(events.count - 1, text)]
    }

    static func lastActivity(_ e: TraceEvent, task: PoolTask?) -> String {
        let at = Format.seconds(e.t)
        switch e.kind {
        case EventKind.lockWait: return "had been waiting for \(e.object ?? "a lock") since \(at)"
        case "queue.wait": return "had been waiting to \(e.string("op") ?? "get") on \(e.object ?? "a queue") since \(at)"
        case "process.join.wait": return "had been waiting in join(\(e.string("name") ?? "a child")) since \(at)"
        case "event.wait": return "had been waiting for \(e.object ?? "an Event") to be set since \(at)"
        case "pipe.wait": return "had been waiting to receive on \(e.object ?? "a pipe") since \(at)"
        case "condition.wait", "barrier.wait", "queue.join.wait":
            return "had been waiting on \(e.object ?? "it") (\(e.kind)) since \(at)"
        case EventKind.taskStart: return "was running \(task?.name ?? "a task") since \(at)"
        case EventKind.print: return "last printed \"\(e.string("text") ?? "")\" at \(at), then recorded nothing (blocked or busy)"
        case EventKind.processStart: return "started at \(at) and recorded nothing since (blocked or busy)"
        default: return "was last seen at \(at) (\(e.kind)\(e.object.map { " " + $0 } ?? ""))"
        }
    }
}
