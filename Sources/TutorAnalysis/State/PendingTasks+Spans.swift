extension PendingTasks {
    /// The first `limit` runs of waiting tasks, each as a span of task names without "task " ("3–40", "0.1–0.4999"), for the
    /// panel's long lists (gaps 37A). A job's first chunk is named "J", not "J.0", so a run from it starts a span of its own.
    public func spans(limit: Int) -> [ListedSpan] {
        var out: [ListedSpan] = []
        for run in runs {
            guard out.count < limit else { break }
            if run.lastJob > run.job {
                out.append(ListedSpan(first: String(run.job), last: String(run.lastJob), count: run.count))
                continue
            }
            var lower = run.lower
            if lower == 0, run.upper > 1 {
                out.append(ListedSpan(first: String(run.job), last: String(run.job), count: 1))
                lower = 1
            }
            guard run.upper > lower else { continue }
            out.append(ListedSpan(first: Self.shortName(run.job, lower), last: Self.shortName(run.job, run.upper - 1),
                                  count: Int(run.upper - lower)))
        }
        return out
    }

    private static func shortName(_ job: Int64, _ index: Int64) -> String {
        String(PoolTask.name(job: job, index: index).dropFirst("task ".count))
    }
}
