import TutorCore

extension GenericRules {
    /// A Pool `get(timeout)` that gave up after an exception had ended that pool's result-handler thread in the same
    /// process, its task's result not back by then (r20h_pool_result_unpickle_fails: task 1's result could not be
    /// unpickled, the thread died, and task 2's get() timed out a second later with nothing tying it to that end).
    func timeoutsAfterResultHandlerEnded() -> [Note] {
        let gaveUp = timeline.indices(of: .poolGet).filter { events[$0].string(EventField.error) == "TimeoutError" }
        guard !gaveUp.isEmpty else { return [] }
        let starts = timeline.indices(of: .threadStart)
        let ends = timeline.indices(of: .threadExit).compactMap { i in
            StateQueries.resultHandlerEnd(exitAt: i, in: events, threadStarts: starts).map { (index: i, end: $0) }
        }
        guard !ends.isEmpty else { return [] }
        var notes: [Note] = []
        for index in gaveUp where notes.count < Self.perRule {
            let e = events[index]
            guard let job = e.job, let pool = e.object,
                  let died = ends.last(where: { $0.index < index && $0.end.pool == pool && events[$0.index].pid == e.pid }),
                  !events[..<died.index].contains(where: { $0.is(.poolResult) && $0.pid == e.pid && $0.job == job }) else { continue }
            let task = PoolTask.name(job: job, index: 0)
            let call = events[..<index].last { $0.is(.poolWait) && $0.pid == e.pid && $0.thread == e.thread && $0.job == job }?
                .string(EventField.call) ?? "get()"
            var sent = ""
            // finished after the thread had died: nothing in this process read its result (one finished before it may
            // have been the very result the thread could not unpickle)
            if let done = events[died.index..<index].last(where: { $0.is(.taskEnd) && $0.job == job && $0.ok == true && timeline.poolOfWorker[$0.pid] == pool }) {
                sent = Phrase.noteTimeoutResultUnread.text(["worker": done.process, "task": task, "at": Format.seconds(done.t)])
            }
            let text = Phrase.noteTimeoutAfterResultHandlerEnded.text([
                "call": call, "task": task, "pool": pool, "at": Format.seconds(events[died.index].t), "error": died.end.error, "sent": sent])
            if let made = note(index, .timeoutAfterResultHandlerEnded, text,
                               premise: .resultHandlerEnded(exitStep: died.index, pool: pool, owed: died.end.owed)) {
                notes.append(made)
            }
        }
        return notes
    }
}
