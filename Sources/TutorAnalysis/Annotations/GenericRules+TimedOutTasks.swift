import TutorCore

extension GenericRules {
    /// A Pool `get(timeout)` that gave up while its task was still running in a live worker, or not yet started: the
    /// timeout ends only the wait (`ApplyResult.wait` in pool.py waits on an Event; nothing is sent to the worker), and
    /// the task goes on. Round 31S (r31s_ping_sweep_timeouts): "get() of task 2 raised TimeoutError after 2.000 s" read
    /// as if the check had been stopped, while it ran on in ForkPoolWorker-3 until terminate() ended that worker.
    ///
    /// Only a job of one task (apply_async, a map of one chunk); a task lost with a worker that had already ended is
    /// `lostTaskTimeouts`' note. What follows is read from the task's own start and end and its worker's end.
    func timedOutTasksGoingOn() -> [Note] {
        let gaveUp = timedOutGets()
        guard !gaveUp.isEmpty else { return [] }
        var notes: [Note] = []
        var told = Set<String>()       // one note per task: a loop of short get(timeout)s polls the same one
        let byJob = tasksByJob()
        for index in gaveUp where notes.count < Self.perRule {
            let e = events[index]
            guard let job = e.job, let pool = e.object, !told.contains("\(pool)|\(job)") else { continue }
            let ofJob = byJob["\(pool)|\(job)"] ?? []
            guard ofJob.count == 1, let task = ofJob.first, task.endT.map({ $0 > e.t }) ?? true,
                  // a result already back (its callback may have kept it unready: callbackKeptResultUnready's case)
                  task.resultT.map({ $0 > e.t }) ?? true, task.callbackT.map({ $0 > e.t }) ?? true else { continue }
            let worker = task.worker ?? "?"
            let workerEnd = task.workerPid.flatMap { timeline.process(pid: $0) }
            var filling: [String: String] = ["task": task.name, "duration": Format.duration(ns: e.waitedNs ?? 0)]
            let phrase: Phrase
            if let start = task.startT, start <= e.t {
                // running then: its worker still alive (an ended one is lostTaskTimeouts' case)
                guard workerEnd?.endT.map({ $0 > e.t }) ?? true else { continue }
                phrase = .noteTimedOutTaskRunning
                filling["worker"] = worker
                filling["since"] = Format.seconds(start)
                filling["after"] = after(task, worker: worker, end: workerEnd)
            } else {
                // "still queued" only when the record is whole and saw it submitted: a lost start is not a queued task
                guard timeline.lostEvents == 0, task.submitT.map({ $0 <= e.t }) == true else { continue }
                phrase = .noteTimedOutTaskQueued
                let started = task.startT.map { Phrase.noteTimedOutAfterStarted.text(["t": Format.seconds($0), "worker": worker]) } ?? ""
                filling["after"] = started + after(task, worker: worker, end: workerEnd)
            }
            told.insert("\(pool)|\(job)")
            if let n = note(index, .timedOutTaskGoesOn, phrase.text(in: Language.current, filling: filling), premise: nil) { notes.append(n) }
        }
        return notes
    }
}

private extension GenericRules {
    /// What the record shows of the task after the wait gave up: its end, its worker's end with it unfinished, or
    /// neither by the end of the record.
    func after(_ task: PoolTask, worker: String, end: ProcessLife?) -> String {
        if let done = task.endT { return Phrase.noteTimedOutAfterFinished.text(["t": Format.seconds(done)]) }
        guard task.startT != nil, let gone = end?.endT else { return Phrase.noteTimedOutAfterRecordEnd.text() }
        return Phrase.noteTimedOutAfterWorkerEnded.text([
            "worker": worker, "t": Format.seconds(gone), "code": end?.exitCode.map(String.init) ?? "?"])
    }
}

extension GenericRules {
    /// The Pool `get()`s that raised TimeoutError (this rule's and `timedOutJobsGoingOn`'s starting points).
    func timedOutGets() -> [Int] {
        // The field read where it lies, by its key's number: each get copied out and its `error` found by the key's
        // text was 16.9M instructions of a 100k pool_get replay (perf 38R). No key numbered "error": no get has one.
        guard EventName.mayBeKey(EventField.error) else { return [] }
        let errorKey = EventName(EventField.error)
        let gets = timeline.indices(of: .poolGet)
        return events.withUnsafeBufferPointer { buffer in
            gets.filter { (buffer.baseAddress.unsafelyUnwrapped + $0).field(errorKey, is: "TimeoutError") }
        }
    }

    /// The tasks of each job, keyed "pool|job", found once: a loop of many timed-out gets must not scan every task
    /// each time.
    func tasksByJob() -> [String: [PoolTask]] {
        var byJob: [String: [PoolTask]] = [:]
        for task in timeline.tasks { byJob["\(task.pool ?? "")|\(task.job)", default: []].append(task) }
        return byJob
    }
}
