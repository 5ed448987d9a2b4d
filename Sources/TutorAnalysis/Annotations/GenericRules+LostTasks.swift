import TutorCore

extension GenericRules {
    /// A Pool `get(timeout)` that gave up on a task whose worker had ended inside it before the wait gave up: the
    /// result was never coming, whatever the timeout. (Without a timeout the same wait is a hang: `HangExplainer`.)
    func lostTaskTimeouts() -> [Note] {
        let gaveUp = timeline.indices(of: .poolGet).filter { events[$0].string(EventField.error) == "TimeoutError" }
        guard !gaveUp.isEmpty else { return [] }
        let figures = PoolFigures.all(timeline)
        var notes: [Note] = []
        for index in gaveUp where notes.count < Self.perRule {
            let e = events[index]
            guard let job = e.job, let pool = e.object else { continue }
            let lost = Self.lostBefore(e, job: job, pool: pool, figures: figures, timeline: timeline)
            guard !lost.isEmpty else { continue }
            let parts = lost.map { task -> String in
                let code = task.workerPid.flatMap { timeline.process(pid: $0)?.exitCode }.map { Phrase.hangExitCode.text(["code": $0]) } ?? ""
                let finished = task.endT != nil
                return (finished ? Phrase.noteResultLostPart : Phrase.hangLostPart).text(["worker": task.worker ?? Phrase.hangAWorker.text(), "pool": pool, "code": code, "task": task.name])
            }
            let text = Phrase.noteLostTaskTimeout.text([
                "task": PoolTask.name(job: job, index: 0), "duration": Format.duration(ns: e.waitedNs ?? 0),
                "parts": parts.joined(separator: Phrase.notePartsSeparator.text()),
            ])
            if let made = note(index, .lostTaskTimeout, text, premise: .lostBeforeTimeout(step: index, chunks: lost.map(\.name))) {
                notes.append(made)
            }
        }
        return notes
    }

    /// The chunks of `job` lost with their workers before event `e`: started and never finished, or finished with a
    /// result that never reached the parent (`PoolFigures.resultsLost`), the worker ended.
    static func lostBefore(_ e: TraceEvent, job: Int64, pool: String, figures: [PoolFigures], timeline: Timeline) -> [PoolTask] {
        let figure = figures.first { $0.pool == pool }
        return ((figure?.chunksLost ?? []) + (figure?.resultsLost ?? [])).filter { task in
            task.job == job && task.workerPid.flatMap { timeline.process(pid: $0)?.endT }.map { $0 <= e.t } == true
        }
    }
}
