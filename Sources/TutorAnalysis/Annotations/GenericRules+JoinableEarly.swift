import TutorCore

extension GenericRules {
    /// A JoinableQueue's join() that returned while items put on it had not been got yet. join() waits until the count
    /// of unfinished tasks is 0: each put() adds one and each task_done() takes one away, whoever calls it and whether or
    /// not it got an item. Round 14 (r14_joinable_extra_task_done_main): the main process put three jobs and called
    /// task_done() once itself; join() returned while 'c' was still in the queue, and nothing said why.
    func joinableJoinsEarly() -> [Note] {
        // Only the queues some join() waited on are counted: most runs have none, and then nothing is counted at all.
        let joined = Set(timeline.indices(of: .queueJoin).compactMap { events[$0].object })
        guard !joined.isEmpty else { return [] }
        var notes: [Note] = []
        // Each queue's counts so far, kept in one pass (a scan of every earlier event per join() was quadratic).
        var counts: [String: JoinableCounts] = [:]
        for i in events.indices where notes.count < Self.perRule {
            let e = events[i]
            switch e.known {
            case .queuePut?, .queueGet?, .queueTaskDone?:
                guard let queue = e.object, joined.contains(queue) else { continue }
                counts[queue, default: JoinableCounts()].add(e)
            case .queueJoin?:
                guard let queue = e.object else { continue }
                guard let c = counts[queue], c.puts.count > c.gets, c.taskDones > c.gets else { continue }
                let left = c.puts[c.gets...]
                let by = c.unanswered.prefix(3).map { Phrase.noteJoinableJoinEarlyBy.text(["who": $0.who, "t": Format.seconds($0.t)]) }
                let text = Phrase.noteJoinableJoinEarly.text([
                    "object": queue, "n": left.count, "items": left.prefix(4).joined(separator: Phrase.listComma.text()),
                    "taskDones": c.taskDones, "gets": c.gets, "by": Phrase.andList(by)])
                if let n = note(i, .joinableJoinEarly, text, premise: nil) { notes.append(n) }
            default:
                continue
            }
        }
        return notes
    }
}

/// One JoinableQueue's puts, gets and task_done() calls so far (`joinableJoinsEarly`).
private struct JoinableCounts {
    var puts: [String] = [], gets = 0, taskDones = 0
    /// Per thread: its gets not yet answered by its own task_done().
    var outstanding: [String: Int] = [:]
    /// The task_done() calls that followed no get() of their own thread, at most the three a note names.
    var unanswered: [(who: String, t: Int64)] = []

    mutating func add(_ e: TraceEvent) {
        let thread = "\(e.pid)|\(e.thread)"
        if e.is(.queuePut) { puts.append(e.item ?? "?") }
        else if e.is(.queueGet) { gets += 1; outstanding[thread, default: 0] += 1 }
        else if e.is(.queueTaskDone) {
            taskDones += 1
            if outstanding[thread, default: 0] > 0 { outstanding[thread, default: 0] -= 1 }
            else if unanswered.count < 3 { unanswered.append((StateQueries.who(e), e.t)) }
        }
    }
}
