import TutorCore

extension SummaryRenderer {
    /// Under the watchdog's line (load 31): the time it did not count because the machine had no core for the run, and,
    /// when it fired while a process still waited for one on a busy machine, that the run was slow, not seen hung.
    static func machineLoadLines(_ run: RunFacts, limit: String) -> [String] {
        guard let load = run.machineLoad else { return [] }
        var lines: [String] = []
        if load.watchdogExtraNs > 0 {
            lines.append(Phrase.summaryWatchdogExtra.text(["limit": limit, "extra": Format.duration(ns: load.watchdogExtraNs)]))
        }
        if load.cutWhileWaiting && load.isBusy {
            lines.append(Phrase.summaryWatchdogCutWaiting.text(["others": load.otherRunnableText, "cores": load.cores]))
        }
        return lines
    }
}
