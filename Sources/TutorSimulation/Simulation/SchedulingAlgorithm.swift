import TutorCore

/// The rules of the multilevel feedback queue: how many levels, each level's quantum, and the boost.
public struct MLFQSettings: Sendable, Equatable {
    /// The quantum of each level, top (highest priority, level 0) first.
    public var quanta: [Int]
    /// Every `boostInterval` ticks every job moves back to level 0.
    public var boostInterval: Int

    init(quanta: [Int] = [1, 2, 4], boostInterval: Int = 20) {
        self.quanta = quanta
        self.boostInterval = boostInterval
    }
}

/// A CPU-scheduling algorithm with its parameters.
public enum SchedulingAlgorithm: Sendable, Equatable {
    /// 先来先服务: non-preemptive, in order of arrival (ties: the order the jobs were given).
    case firstComeFirstServed
    /// 短作业优先: non-preemptive; the shortest burst among the jobs that have arrived (ties: arrival, then order).
    case shortestJobFirst
    /// 时间片轮转: preemptive after `quantum` ticks; a FIFO ready queue.
    case roundRobin(quantum: Int)
    /// 多级反馈队列: OSTEP's rules, see `Scheduler`.
    case multilevelFeedback(MLFQSettings)

    /// `FCFS`, `SJF`, `RR (q=2)`, `MLFQ`.
    var shortName: String {
        switch self {
        case .firstComeFirstServed: "FCFS"
        case .shortestJobFirst: "SJF"
        case let .roundRobin(quantum): "RR (q=\(quantum))"
        case .multilevelFeedback: "MLFQ"
        }
    }

    /// The heading above the algorithm's chart.
    var title: String {
        switch self {
        case .firstComeFirstServed: "First come, first served (FCFS, 先来先服务)"
        case .shortestJobFirst: "Shortest job first (SJF, 短作业优先), non-preemptive"
        case let .roundRobin(quantum): "Round robin (RR, 时间片轮转), quantum \(quantum)"
        case let .multilevelFeedback(settings):
            "Multilevel feedback queue (MLFQ, 多级反馈队列), quanta \(settings.quanta.map(String.init).joined(separator: "/")), boost every \(settings.boostInterval)"
        }
    }

    /// The rules the simulation follows, one sentence each, for the output and the docs.
    var rules: [String] {
        switch self {
        case .firstComeFirstServed:
            return ["The CPU goes to the job that arrived first (ties: the order given) and it runs to completion."]
        case .shortestJobFirst:
            return ["When the CPU is free it goes to the arrived job with the shortest burst (ties: earlier arrival, then the order given); it runs to completion."]
        case let .roundRobin(quantum):
            return [
                "Jobs take turns from a FIFO ready queue, each for at most \(quantum) tick\(quantum == 1 ? "" : "s").",
                "Convention: a job arriving at the tick a quantum ends joins the queue before the preempted job goes to the back.",
            ]
        case let .multilevelFeedback(settings):
            let bottom = settings.quanta.count - 1
            return [
                "Levels 0-\(bottom) have quanta \(settings.quanta.map(String.init).joined(separator: ", ")); a lower level runs only when every higher level is empty; one level is a FIFO queue.",
                "A new job enters level 0 and preempts a running job of a lower level; that job stays on its level, at the back, keeping the time it used there.",
                "A job that uses up its quantum on a level moves down one level (on level \(bottom) it stays, at the back); finishing at the quantum's end is not a demotion.",
                "Every \(settings.boostInterval) ticks every job moves to level 0 with a fresh quantum (boost); the running job keeps the CPU, the others queue by level.",
            ]
        }
    }
}
