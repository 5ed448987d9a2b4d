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
            guard let pool = e.object, let (died, how, premise) = handlerEnd(of: pool, before: index, starts: starts) else { continue }
            // Still in the pool's cache: jobs whose results did not all come back, and jobs whose callback raised
            // (ApplyResult._set calls it before it removes the job from the cache, r12_error_callback_raises).
            let back = StateQueries.owedJobs(of: pool, pid: e.pid, before: index, in: events)
            let raisedIn = Set(timeline.indices(of: .poolCallbackEnd).filter { $0 < index && events[$0].pid == e.pid && events[$0].ok == false }
                .compactMap { events[$0].job })
            let owed = timeline.indices(of: .poolSubmit).filter { $0 < index && events[$0].pid == e.pid && events[$0].object == pool }
                .compactMap { events[$0].job }.filter { back.contains($0) || raisedIn.contains($0) }
            guard !owed.isEmpty else { continue }
            let tasks = owed.map { PoolTask.name(job: $0, index: 0) }.joined(separator: Phrase.listComma.text())
            var text = Phrase.noteTerminateAssertion.text([
                "pool": pool, "at": Format.seconds(events[died].t), "how": how, "n": owed.count,
                "s": owed.count == 1 ? "" : "s", "tasks": tasks])
            let ended = events[index...].filter {
                $0.is(.processTerminate) && $0.pid == e.pid && $0.bool(EventField.atExit) == true
                    && $0.int(EventField.childPid).map { timeline.poolOfWorker[Int32(truncatingIfNeeded: $0)] == pool } == true
            }
            if let first = ended.first {
                let names = ended.compactMap { $0.string(EventField.name) }.joined(separator: Phrase.listComma.text())
                text += Phrase.noteTerminateAssertionExit.text(["pool": pool, "workers": names, "at": Format.seconds(first.t)])
            }
            if let made = note(index, .terminateAfterResultHandlerEnded, text, premise: premise) {
                notes.append(made)
            }
        }
        return notes
    }

    /// The last end of `pool`'s result-handler thread before `step` in the terminate()'s process: an exception that
    /// escaped the thread (its `thread.exit`) or a callback's exception but KeyError (its `pool.callback.end`, which
    /// `_handle_results` does not catch either); with the words for how it ended and the premise that shows it.
    private func handlerEnd(of pool: String, before step: Int, starts: [Int]) -> (Int, String, NotePremise)? {
        let pid = events[step].pid
        let escaped = timeline.indices(of: .threadExit).last { i in
            i < step && events[i].pid == pid && StateQueries.resultHandlerEnd(exitAt: i, in: events, threadStarts: starts)?.pool == pool
        }
        let callback = timeline.indices(of: .poolCallbackEnd).last { i in
            guard i < step, events[i].pid == pid, NotePremise.resultHandlerEnded(events[i]), let job = events[i].job else { return false }
            return events[..<i].last { $0.is(.poolSubmit) && $0.pid == pid && $0.job == job }?.object == pool
        }
        if let c = callback, escaped.map({ c > $0 }) ?? true {
            let how = Phrase.noteTerminateHowCallback.text(["task": PoolTask.name(job: events[c].job ?? 0, index: 0),
                                                            "error": events[c].string(EventField.error) ?? "?"])
            return (c, how, .callbackEndedHandler(step: step, end: c))
        }
        guard let x = escaped, let end = StateQueries.resultHandlerEnd(exitAt: x, in: events, threadStarts: starts) else { return nil }
        return (x, Phrase.noteTerminateHowEscaped.text(["error": end.error]), .resultHandlerEnded(exitStep: x, pool: pool, owed: end.owed))
    }
}
