import TutorCore

/// A stretch of CPU time: one job ran (or the CPU was idle, `job == nil`) from tick `from` up to tick `to`.
struct ScheduleSlice: Sendable, Equatable, CustomStringConvertible {
    /// The job's name; nil while the CPU is idle.
    var job: String?
    var from: Int
    var to: Int

    init(job: String?, from: Int, to: Int) {
        self.job = job
        self.from = from
        self.to = to
    }

    /// An idle stretch.
    static func idle(_ from: Int, _ to: Int) -> ScheduleSlice { ScheduleSlice(job: nil, from: from, to: to) }

    var isIdle: Bool { job == nil }
    var length: Int { to - from }
    var description: String { "\(job ?? "idle") \(from)-\(to)" }
}

/// What happened to one job.
struct JobStatistics: Sendable, Equatable {
    var job: SchedulingJob
    /// The tick it first ran.
    var start: Int
    /// The tick it completed.
    var finish: Int

    init(job: SchedulingJob, start: Int, finish: Int) {
        self.job = job
        self.start = start
        self.finish = finish
    }

    /// finish − arrival.
    var turnaround: Int { finish - job.arrival }
    /// turnaround − burst: the time spent ready but not running.
    var waiting: Int { turnaround - job.burst }
    /// first run − arrival.
    var response: Int { start - job.arrival }
}

/// The state during one tick `[time, time + 1)`, after that tick's events, for `--step`.
struct ScheduleSnapshot: Sendable, Equatable {
    /// "`value` of `total`".
    struct Count: Sendable, Equatable {
        var value: Int
        var total: Int
    }

    var time: Int
    /// What happened at `time`, in the order the simulator applied it.
    var events: [String]
    /// The job on the CPU during this tick; nil when idle or when everything has finished.
    var running: String?
    /// The running job's MLFQ level.
    var runningLevel: Int?
    /// CPU ticks the running job has had once this tick is over, and its burst.
    var runningProgress: Count?
    /// Which tick of its quantum this is and the quantum (RR and MLFQ).
    var runningQuantum: Count?
    /// The ready queue, front first; for MLFQ one queue per level, level 0 first.
    var queues: [[String]]
    /// Jobs that have completed by `time`.
    var finished: [String]
    /// Whether every job has finished (the last snapshot, at the end time).
    var isFinal: Bool

}

/// The outcome of simulating one algorithm on one job set.
public struct ScheduleResult: Sendable, Equatable {
    var algorithm: SchedulingAlgorithm
    var jobs: [SchedulingJob]
    /// The CPU's time line, consecutive ticks of the same job (or of idleness) merged.
    var slices: [ScheduleSlice]
    /// One entry per job, in the order the jobs were given.
    var statistics: [JobStatistics]
    /// One snapshot per tick, then a final one at the end time.
    var snapshots: [ScheduleSnapshot]

    /// The tick at which the last job finished.
    var endTime: Int { slices.last?.to ?? 0 }

    var averageWaiting: Double { average(\.waiting) }
    var averageTurnaround: Double { average(\.turnaround) }
    var averageResponse: Double { average(\.response) }

    /// The sum of a statistic over the jobs (exact, for two-decimal formatting).
    func total(_ value: KeyPath<JobStatistics, Int>) -> Int {
        statistics.reduce(0) { $0 + $1[keyPath: value] }
    }

    func average(_ value: KeyPath<JobStatistics, Int>) -> Double {
        statistics.isEmpty ? 0 : Double(total(value)) / Double(statistics.count)
    }

    /// `sum / count` with two decimals, rounded half up in exact integer arithmetic (no binary-float surprises).
    static func twoDecimals(_ sum: Int, over count: Int) -> String {
        guard count > 0 else { return "0.00" }
        let hundredths = (sum * 200 + count) / (2 * count)
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// The average of a statistic with two decimals.
    func formattedAverage(_ value: KeyPath<JobStatistics, Int>) -> String {
        Self.twoDecimals(total(value), over: statistics.count)
    }
}
