import TutorCore

extension GenericRules {
    /// A Pool `terminate()` that raised AssertionError after that pool's result-handler thread had ended by an
    /// exception in the same process, results still owed (r20h_pool_result_unpickle_fails: "Cannot have cache with
    /// result_hander not alive" stood with no why).
    ///
    /// CPython 3.11's `Pool._terminate_pool` tells its worker-handler thread to stop, drains the task queue, then
    /// asserts that the result handler is alive whenever the result cache is not empty; it raises there, before the
    /// loop that terminates the workers. What ended the workers afterwards is read from the record: the exit
    /// function's `process.terminate` rows (`at_exit`) for this pool's workers, when there are any.
    func terminateAssertions() -> [Note] {
        let raised = timeline.indices(of: .poolTerminate).filter {
            events[$0].string(EventField.error)?.hasPrefix("AssertionError") == true
        }
        guard !raised.isEmpty else { return [] }
        let starts = timeline.indices(of: .threadStart)
        var notes: [Note] = []
        for index in raised where notes.count < Self.perRule {
            let e = events[index]
            guard let pool = e.object,
                  let died = timeline.indices(of: .threadExit).last(where: { i in
                      i < index && events[i].pid == e.pid
                          && StateQueries.resultHandlerEnd(exitAt: i, in: events, threadStarts: starts)?.pool == pool
                  }),
                  let end = StateQueries.resultHandlerEnd(exitAt: died, in: events, threadStarts: starts) else { continue }
            let owed = StateQueries.owedJobs(of: pool, pid: e.pid, before: index, in: events)
            guard !owed.isEmpty else { continue }
            let tasks = owed.map { PoolTask.name(job: $0, index: 0) }.joined(separator: Phrase.listComma.text())
            var text = Phrase.noteTerminateAssertion.text([
                "pool": pool, "at": Format.seconds(events[died].t), "error": end.error, "n": owed.count,
                "s": owed.count == 1 ? "" : "s", "tasks": tasks])
            let ended = events[index...].filter {
                $0.is(.processTerminate) && $0.pid == e.pid && $0.bool(EventField.atExit) == true
                    && $0.int(EventField.childPid).map { timeline.poolOfWorker[Int32(truncatingIfNeeded: $0)] == pool } == true
            }
            if let first = ended.first {
                let names = ended.compactMap { $0.string(EventField.name) }.joined(separator: Phrase.listComma.text())
                text += Phrase.noteTerminateAssertionExit.text(["pool": pool, "workers": names, "at": Format.seconds(first.t)])
            }
            if let made = note(index, .terminateAfterResultHandlerEnded, text,
                               premise: .resultHandlerEnded(exitStep: died, pool: pool, owed: end.owed)) {
                notes.append(made)
            }
        }
        return notes
    }
}
