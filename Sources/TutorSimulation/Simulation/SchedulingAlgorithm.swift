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
        case .firstComeFirstServed: Phrase.simTitleFCFS.text()
        case .shortestJobFirst: Phrase.simTitleSJF.text()
        case let .roundRobin(quantum): Phrase.simTitleRR.text(["q": quantum])
        case let .multilevelFeedback(settings):
            Phrase.simTitleMLFQ.text(["quanta": settings.quanta.map(String.init).joined(separator: "/"), "boost": settings.boostInterval])
        }
    }

    /// The rules the simulation follows, one sentence each, for the output and the docs.
    var rules: [String] {
        switch self {
        case .firstComeFirstServed:
            return [Phrase.simRuleFCFS.text()]
        case .shortestJobFirst:
            return [Phrase.simRuleSJF.text()]
        case let .roundRobin(quantum):
            return [
                Phrase.simRuleRR.text(["n": quantum]),
                Phrase.simRuleRRTie.text(),
            ]
        case let .multilevelFeedback(settings):
            let bottom = settings.quanta.count - 1
            return [
                Phrase.simRuleMLFQLevels.text(["bottom": bottom, "quanta": settings.quanta.map(String.init).joined(separator: Phrase.listComma.text())]),
                Phrase.simRuleMLFQNew.text(),
                Phrase.simRuleMLFQDown.text(["bottom": bottom]),
                Phrase.simRuleMLFQBoost.text(["n": settings.boostInterval]),
            ]
        }
    }
}
