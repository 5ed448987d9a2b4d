import TutorCore

extension GenericRules {
    /// A Pool `get(timeout)` of a job of several tasks (`map_async`, `starmap_async`: one task per chunk) that gave up
    /// while some of them were unfinished: as for one task (`timedOutTasksGoingOn`, round 31S), the timeout ends only the
    /// wait (`MapResult` is an `ApplyResult` whose `wait` waits on one Event set when the last chunk is back), and
    /// every task goes on. Gaps 32A: the note says what each task was doing then and did next, read from its own start
    /// and end and its worker's end; no note when one of them is unknown there (a lost start, a worker already gone).
    func timedOutJobsGoingOn() -> [Note] {
        let gaveUp = timedOutGets()
        guard !gaveUp.isEmpty else { return [] }
        var notes: [Note] = []
        var told = Set<String>()       // one note per job: a loop of short get(timeout)s polls the same one
        let byJob = tasksByJob()
        for index in gaveUp where notes.count < Self.perRule {
            let e = events[index]
            guard let job = e.job, let pool = e.object, !told.contains("\(pool)|\(job)") else { continue }
            let ofJob = (byJob["\(pool)|\(job)"] ?? []).sorted { $0.index < $1.index }
            // every task came back before the wait ended: not this rule's case (a callback's, or a lost result's)
            guard ofJob.count > 1, ofJob.contains(where: { t in t.resultT.map { $0 > e.t } ?? true }),
                  // a get() given a timeout (r9a's TimeoutError came from a SIGALRM handler inside map()), on a pool
                  // not terminated before it, and a task that did something after it: else "went on" has no ground
                  hadTimeout(index), !terminated(pool, before: index),
                  ofJob.contains(where: { movedAfter($0, e.t) }),
                  let each = whatEachDid(ofJob, at: e.t) else { continue }
            let shown = each.prefix(6).joined(separator: Phrase.listSeparator.text())
            let more = each.count > 6 ? Phrase.noteTimedOutJobMore.text(["n": each.count - 6]) : ""
            let text = Phrase.noteTimedOutJob.text(["n": ofJob.count, "duration": Format.duration(ns: e.waitedNs ?? 0),
                                                    "list": shown + more])
            told.insert("\(pool)|\(job)")
            if let n = note(index, .timedOutTaskGoesOn, text, premise: nil) { notes.append(n) }
        }
        return notes
    }
}

private extension GenericRules {
    /// The get's own wait (the previous event of its thread) was given a timeout.
    func hadTimeout(_ index: Int) -> Bool {
        let e = events[index]
        var i = index - 1
        while i >= 0, index - i <= 4096 {
            let before = events[i]
            if before.pid == e.pid, before.thread == e.thread {
                guard before.is(.poolWait), let seconds = before.fields[EventField.timeout]?.doubleValue else { return false }
                return seconds.isFinite && seconds >= 0
            }
            i -= 1
        }
        return false
    }

    /// The task started or ended after `t`, or its worker ended after `t` while it ran.
    func movedAfter(_ task: PoolTask, _ t: Int64) -> Bool {
        if let start = task.startT, start > t { return true }
        if let end = task.endT { return end > t }
        guard task.startT != nil, let gone = task.workerPid.flatMap({ timeline.process(pid: $0) })?.endT else { return false }
        return gone > t
    }

    func terminated(_ pool: String, before index: Int) -> Bool {
        timeline.indices(of: .poolTerminate).contains { $0 < index && events[$0].object == pool }
    }

    /// Each task's clause, or nil when the record cannot tell one of them: a task not started by `t` counts as queued
    /// only when the record is whole and saw it submitted; a task running then must have a live worker then.
    func whatEachDid(_ tasks: [PoolTask], at t: Int64) -> [String]? {
        var out: [String] = []
        for task in tasks {
            let worker = task.worker ?? "?"
            let workerEnd = task.workerPid.flatMap { timeline.process(pid: $0) }
            if let end = task.endT, end <= t {
                out.append(Phrase.noteTimedOutJobDone.text(["task": task.name, "t": Format.seconds(end)]))
            } else if let start = task.startT, start <= t {
                guard workerEnd?.endT.map({ $0 > t }) ?? true else { return nil }
                out.append(Phrase.noteTimedOutJobRunning.text(["task": task.name, "worker": worker, "since": Format.seconds(start),
                                                               "after": then(task, worker: worker, end: workerEnd)]))
            } else {
                guard timeline.lostEvents == 0, task.submitT.map({ $0 <= t }) == true else { return nil }
                let started = task.startT.map { Phrase.noteTimedOutJobStarted.text(["t": Format.seconds($0), "worker": worker]) } ?? ""
                out.append(Phrase.noteTimedOutJobQueued.text(["task": task.name, "started": started,
                                                              "after": then(task, worker: worker, end: workerEnd)]))
            }
        }
        return out
    }

    /// What the record shows of a task after the wait gave up: its end, its worker's end with it unfinished, or neither.
    func then(_ task: PoolTask, worker: String, end: ProcessLife?) -> String {
        if let done = task.endT { return Phrase.noteTimedOutJobFinished.text(["t": Format.seconds(done)]) }
        guard task.startT != nil, let gone = end?.endT else { return Phrase.noteTimedOutJobRecordEnd.text() }
        return Phrase.noteTimedOutJobWorkerEnded.text(["worker": worker, "t": Format.seconds(gone), "code": end?.exitCode.map(String.init) ?? "?"])
    }
}
