import TutorCore

/// A stretch of CPU time: one job ran (or the CPU was idle, `job == nil`) from tick `from` up to tick `to`.
public struct ScheduleSlice: Sendable, Equatable, CustomStringConvertible {
    /// The job's name; nil while the CPU is idle.
    public var job: String?
    public var from: Int
    public var to: Int

    public init(job: String?, from: Int, to: Int) {
        self.job = job
        self.from = from
        self.to = to
    }

    /// An idle stretch.
    public static func idle(_ from: Int, _ to: Int) -> ScheduleSlice { ScheduleSlice(job: nil, from: from, to: to) }

    public var isIdle: Bool { job == nil }
    public var length: Int { to - from }
    public var description: String { "\(job ?? "idle") \(from)-\(to)" }
}

/// What happened to one job.
public struct JobStatistics: Sendable, Equatable {
    public var job: SchedulingJob
    /// The tick it first ran.
    public var start: Int
    /// The tick it completed.
    public var finish: Int

    public init(job: SchedulingJob, start: Int, finish: Int) {
        self.job = job
        self.start = start
        self.finish = finish
    }

    /// finish − arrival.
    public var turnaround: Int { finish - job.arrival }
    /// turnaround − burst: the time spent ready but not running.
    public var waiting: Int { turnaround - job.burst }
    /// first run − arrival.
    public var response: Int { start - job.arrival }
}

/// The state during one tick `[time, time + 1)`, after that tick's events, for `--step`.
public struct ScheduleSnapshot: Sendable, Equatable {
    /// "`value` of `total`".
    public struct Count: Sendable, Equatable {
        public var value: Int
        public var total: Int
    }

    public var time: Int
    /// What happened at `time`, in the order the simulator applied it.
    public var events: [String]
    /// The job on the CPU during this tick; nil when idle or when everything has finished.
    public var running: String?
    /// The running job's MLFQ level.
    public var runningLevel: Int?
    /// CPU ticks the running job has had once this tick is over, and its burst.
    public var runningProgress: Count?
    /// Which tick of its quantum this is and the quantum (RR and MLFQ).
    public var runningQuantum: Count?
    /// The ready queue, front first; for MLFQ one queue per level, level 0 first.
    public var queues: [[String]]
    /// Jobs that have completed by `time`.
    public var finished: [String]
    /// Whether every job has finished (the last snapshot, at the end time).
    public var isFinal: Bool

}

/// The outcome of simulating one algorithm on one job set.
public struct ScheduleResult: Sendable, Equatable {
    public var algorithm: SchedulingAlgorithm
    public var jobs: [SchedulingJob]
    /// The CPU's time line, consecutive ticks of the same job (or of idleness) merged.
    public var slices: [ScheduleSlice]
    /// One entry per job, in the order the jobs were given.
    public var statistics: [JobStatistics]
    /// One snapshot per tick, then a final one at the end time.
    public var snapshots: [ScheduleSnapshot]

    /// The tick at which the last job finished.
    public var endTime: Int { slices.last?.to ?? 0 }

    public var averageWaiting: Double { average(\.waiting) }
    public var averageTurnaround: Double { average(\.turnaround) }
    public var averageResponse: Double { average(\.response) }

    /// The sum of a statistic over the jobs (exact, for two-decimal formatting).
    public func total(_ value: KeyPath<JobStatistics, Int>) -> Int {
        statistics.reduce(0) { $0 + $1[keyPath: value] }
    }

    func average(_ value: KeyPath<JobStatistics, Int>) -> Double {
        statistics.isEmpty ? 0 : Double(total(value)) / Double(statistics.count)
    }

    /// `sum / count` with two decimals, rounded half up in exact integer arithmetic (no binary-float surprises).
    public static func twoDecimals(_ sum: Int, over count: Int) -> String {
        guard count > 0 else { return "0.00" }
        let hundredths = (sum * 200 + count) / (2 * count)
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// The average of a statistic with two decimals.
    public func formattedAverage(_ value: KeyPath<JobStatistics, Int>) -> String {
        Self.twoDecimals(total(value), over: statistics.count)
    }
}
