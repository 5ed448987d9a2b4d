import TutorCore

extension GenericRules {
    /// A JoinableQueue's join() that returned at once because nothing had been put on it yet, while items were put on
    /// it later. join() waits only while the count of unfinished tasks is above 0, and only put() raises it; a join()
    /// called before the producers' first put() finds 0 and returns. Round 28 (r28_three_stage_joinable, spawn): the
    /// parent's `a.join()` ran before the spawned producer had started, returned, and the program printed "queue A
    /// fully processed" before any item was processed; the row said only "JoinableQueue#1.join() returned".
    ///
    /// The tracer writes `queue.join.wait` when join() finds the count above 0 (queue_joins.py), so a join() with no
    /// such event before it found 0. With no put() of that queue recorded before the join() returned, the 0 was not
    /// reached by task_done() calls: no item had been put. (A put() writes its event when it returns, after the count
    /// went up; a put() whose count join() could have seen would have made it wait.)
    func joinableJoinsBeforePuts() -> [Note] {
        let joins = timeline.indices(of: .queueJoin)
        guard !joins.isEmpty else { return [] }
        let joined = Set(joins.compactMap { events[$0].object })
        var puts: [String: [Int]] = [:]
        for i in timeline.indices(of: .queuePut) {
            if let q = events[i].object, joined.contains(q) { puts[q, default: []].append(i) }
        }
        var waiting = Set<String>()         // "pid|thread|queue" of a join() that wrote queue.join.wait
        var notes: [Note] = []
        for i in events.indices where notes.count < Self.perRule {
            let e = events[i]
            guard let queue = e.object, joined.contains(queue) else { continue }
            let key = "\(e.pid)|\(e.thread)|\(queue)"
            if e.is(.queueJoinWait) { waiting.insert(key); continue }
            guard e.is(.queueJoin) else { continue }
            if waiting.remove(key) != nil { continue }
            let all = puts[queue] ?? []
            guard !all.contains(where: { $0 < i }), let first = all.first else { continue }
            let text = Phrase.noteJoinableJoinBeforePuts.text([
                "object": queue, "n": all.count, "who": StateQueries.who(events[first]), "t": Format.seconds(events[first].t)])
            if let n = note(i, .joinableJoinEarly, text, premise: nil) { notes.append(n) }
        }
        return notes
    }
}
