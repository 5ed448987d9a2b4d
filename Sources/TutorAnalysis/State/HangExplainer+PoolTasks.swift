import TutorCore

extension HangExplainer {
    /// A Pool result call (`get()`, `map()`, `next()`, `wait()`) waits for tasks that a live worker started and
    /// never finished: which worker of which pool holds each, and since when. Tasks are matched by the pool and
    /// job the wait names, so with several pools each part names the right pool's worker. Tasks whose worker
    /// ended inside them are `lostPoolResults`' to explain; tasks no worker took are left unexplained here.
    func unfinishedTasks(_ blocked: [BlockedCall]) -> [(text: String, premise: NotePremise)] {
        let events = timeline.events
        let at = events.indices.contains(moment) ? events[moment].t : Int64.max
        return blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case .result = call.target, let begin = events.last(where: {
                $0.is(.poolWait) && $0.pid == call.pid && $0.thread == call.thread && $0.t == call.since
            }), let pool = begin.object, let job = begin.job, job >= 0 else { return nil }
            let holding = timeline.tasks.filter { task in
                guard task.pool == pool, task.job == job, let start = task.startT, start <= at,
                      task.endT.map({ $0 > at }) ?? true, let pid = task.workerPid else { return false }
                return timeline.process(pid: pid)?.endT.map { $0 > at } ?? true      // its worker is still alive
            }
            guard !holding.isEmpty else { return nil }
            let parts = holding.map { task in
                Phrase.hangTaskRunningOf.text(["worker": task.worker ?? Phrase.hangAWorker.text(), "object": pool,
                                               "task": task.name, "t": Format.seconds(task.startT ?? 0)])
            }
            return (Phrase.hangWaitsOnWork.text(["who": call.who, "what": call.what, "t": Format.seconds(call.since),
                                                 "parts": parts.joined(separator: Phrase.listSeparator.text())]),
                    .blocked(step: moment, pid: call.pid, thread: call.thread))
        }
    }
}
