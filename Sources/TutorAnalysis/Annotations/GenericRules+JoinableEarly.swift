import TutorCore

extension GenericRules {
    /// A JoinableQueue's join() that returned while items put on it had not been got yet. join() waits until the count
    /// of unfinished tasks is 0: each put() adds one and each task_done() takes one away, whoever calls it and whether or
    /// not it got an item. Round 14 (r14_joinable_extra_task_done_main): the main process put three jobs and called
    /// task_done() once itself; join() returned while 'c' was still in the queue, and nothing said why.
    func joinableJoinsEarly() -> [Note] {
        var notes: [Note] = []
        for (i, join) in events.enumerated() where join.is(.queueJoin) && notes.count < Self.perRule {
            guard let queue = join.object else { continue }
            var puts: [String] = [], gets = 0, taskDones = 0
            var outstanding: [String: Int] = [:]      // per thread: its gets not yet answered by its own task_done()
            var unanswered: [(who: String, t: Int64)] = []
            for e in events[..<i] where e.object == queue {
                let thread = "\(e.pid)|\(e.thread)"
                if e.is(.queuePut) { puts.append(e.item ?? "?") }
                else if e.is(.queueGet) { gets += 1; outstanding[thread, default: 0] += 1 }
                else if e.is(.queueTaskDone) {
                    taskDones += 1
                    if outstanding[thread, default: 0] > 0 { outstanding[thread, default: 0] -= 1 }
                    else { unanswered.append((StateQueries.who(e), e.t)) }
                }
            }
            guard puts.count > gets, taskDones > gets else { continue }
            let left = puts[gets...]
            let by = unanswered.prefix(3).map { Phrase.noteJoinableJoinEarlyBy.text(["who": $0.who, "t": Format.seconds($0.t)]) }
            let text = Phrase.noteJoinableJoinEarly.text([
                "object": queue, "n": left.count, "items": left.prefix(4).joined(separator: ", "),
                "taskDones": taskDones, "gets": gets, "by": by.joined(separator: Phrase.noteUnitHolderAnd.text())])
            if let n = note(i, .joinableJoinEarly, text, premise: nil) { notes.append(n) }
        }
        return notes
    }
}
