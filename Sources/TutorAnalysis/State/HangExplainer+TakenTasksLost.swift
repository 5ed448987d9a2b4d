import TutorCore

extension HangExplainer {
    /// A Pool result call or Pool.join() waits on a pool whose workers took tasks off its task queue and could not
    /// unpickle them (`pool.task.get.error`): pool.py's worker() leaves its loop on that error (EOFError or OSError) or
    /// dies of it, the pool starts another worker, and the task is never sent again, so its result never comes and the
    /// pool's result handler never finishes (round 34F: r34f_manager_block_closed_early, a Manager proxy among the task's
    /// arguments whose server had shut down; the hang's "Why" had only repeated the wait).
    func takenTasksLost(_ blocked: [BlockedCall]) -> [(text: String, premise: NotePremise)] {
        let events = timeline.events
        guard moment < events.count else { return [] }
        let errors = timeline.indices(of: .poolTaskGetError).filter { $0 <= moment }
        guard !errors.isEmpty else { return [] }
        return blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case .result = call.target,
                  let wait = events[...moment].last(where: { $0.is(.poolWait) && $0.pid == call.pid && $0.thread == call.thread && $0.t == call.since }),
                  let pool = wait.object else { return nil }
            let lost = errors.filter { timeline.poolOfWorker[events[$0].pid] == pool }
            guard !lost.isEmpty else { return nil }
            let parts = lost.prefix(4).map { i -> String in
                let e = events[i]
                let error = (e.string(EventField.error) ?? "?").split(separator: ":", maxSplits: 1).first.map(String.init) ?? "?"
                return Phrase.hangTakenTaskPart.text(["worker": e.process, "error": error, "t": Format.seconds(e.t)])
            }
            let more = lost.count > 4 ? Phrase.hangTakenTaskMore.text(["n": lost.count - 4]) : ""
            let text = Phrase.hangTakenTasksLost.text(["who": call.who, "what": call.what, "t": Format.seconds(call.since), "n": lost.count,
                                                        "pool": pool, "parts": parts.joined(separator: Phrase.listSeparator.text()) + more])
            return (text, .blocked(step: moment, pid: call.pid, thread: call.thread))
        }
    }
}
