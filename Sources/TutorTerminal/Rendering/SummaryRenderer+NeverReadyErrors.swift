import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// Errors of map_async()/starmap_async() jobs that a get() waited for and gave up on, because some chunks never
    /// ended: such a result is ready only when every chunk has (pool.py `MapResult._set`: "only consider the result ready
    /// once all jobs are done"), so no get() could have raised the error (round 34F: r34f_manager_block_closed_early
    /// under spawn had said "get() would have raised it" of a job whose get() had waited 4 s and timed out).
    func neverReadyLines(_ jobs: [UnreadPoolError]) -> [String] {
        guard !jobs.isEmpty else { return [] }
        let list = jobs.map { job in
            Phrase.summaryPoolNeverReadyJob.text(["job": job.job, "method": job.method, "error": job.error, "failed": job.failed,
                                                  "chunks": job.chunks ?? 0, "never": max(0, (job.chunks ?? 0) - Int64(job.ended))])
        }.joined(separator: Phrase.listSeparator.text())
        return TextWrapper.wrap(Phrase.summaryPoolNeverReady.text(["list": list]), width: width, indent: "      ", firstIndent: "    ")
    }
}
