import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// A worker's row after its bar: its chunks and the time it spent inside them, as a share of the run (the bar's
    /// span) and of the time its pool was open (the pool's line says how long that was). "busy 5%" alone was a share of the whole run, read as the worker
    /// idling while the pool was open 0.2 s of a 1.3 s run and its workers were busy most of that (gaps 20B).
    func busyWords(_ worker: PoolAnalysis.Worker, of pool: PoolFigures, n: Int, unit: String) -> String {
        let run = timeline.durationNs
        let busy = run > 0 ? Int((Double(worker.busyNs) / Double(run) * 100).rounded()) : 0
        var values = ["n": String(n), "unit": unit, "busy": String(busy)]
        // Open until it was over, or until the run's end when a worker of it was still alive then (the span's words).
        guard let opened = pool.openedT else { return Phrase.summaryPoolWorkerRow.text(in: Language.current, filling: values) }
        let open = (pool.closedT ?? run) - opened
        guard open > 0 else { return Phrase.summaryPoolWorkerRow.text(in: Language.current, filling: values) }
        values["share"] = String(min(100, Int((Double(worker.busyNs) / Double(open) * 100).rounded())))
        return Phrase.summaryPoolWorkerRowOpen.text(in: Language.current, filling: values)
    }
}
