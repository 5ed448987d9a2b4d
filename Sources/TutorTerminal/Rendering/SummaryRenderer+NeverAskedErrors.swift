import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// Gaps 35B: the errors of map_async()/starmap_async() jobs that never became ready and whose get() did not give up
    /// at a timeout: none was called, or one was still waiting when the record ends (`UnreadPoolError+NeverAsked`).
    func unaskedNeverReadyLines(_ all: [UnreadPoolError]) -> [String] {
        [(all.filter(\.neverAsked), Phrase.summaryPoolNeverAsked), (all.filter(\.stillWaited), .summaryPoolNeverReadyStillWaiting)]
            .flatMap { jobs, phrase -> [String] in
                guard !jobs.isEmpty else { return [] }
                let list = jobs.map { job in
                    Phrase.summaryPoolNeverReadyJob.text(["job": job.job, "method": job.method, "error": job.error, "failed": job.failed,
                                                          "chunks": job.chunks ?? 0, "never": max(0, (job.chunks ?? 0) - Int64(job.ended))])
                }.joined(separator: Phrase.listSeparator.text())
                return TextWrapper.wrap(phrase.text(["list": list]), width: width, indent: "      ", firstIndent: "    ")
            }
    }
}
