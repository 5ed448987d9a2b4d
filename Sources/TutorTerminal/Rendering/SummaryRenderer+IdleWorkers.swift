import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// The line after a pool's worker rows naming its worker processes that ran no chunk: the rows list only workers
    /// that ran one, so a Pool(6) given two items showed two rows under "6 workers" (round 21). At most six names.
    func idleWorkerLines(_ pool: PoolFigures, unit: String) -> [String] {
        let idle = pool.idleWorkers
        guard !idle.isEmpty else { return [] }
        var list = idle.prefix(6).joined(separator: Phrase.listComma.text())
        if idle.count > 6 { list += Phrase.summaryPoolIdleMore.text(["n": idle.count - 6]) }
        var text = Phrase.summaryPoolIdleWorkers.text(["n": idle.count, "s": idle.count == 1 ? "" : "s", "unit": unit, "list": list])
        // why they ran nothing, where the record shows it: ended before their run() began (round 30)
        if !pool.idleBeforeRun.isEmpty {
            // one worker is "it", not "each" (round 31's leftover)
            text += (pool.idleBeforeRun.count == 1 ? Phrase.summaryPoolIdleNeverRanOne : .summaryPoolIdleNeverRan).text(["list": pool.idleBeforeRun.prefix(6).joined(separator: Phrase.listComma.text()),
                                                         "main": pool.idleBeforeRunMain])
        }
        return TextWrapper.wrap(text, width: width, indent: "      ", firstIndent: "    ")
    }
}
