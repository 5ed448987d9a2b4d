import TutorCore
import TutorTerminal

/// Options of `mp-tutor simulate scheduling`.
public struct SimulationOptions: Sendable, Equatable {
    /// What `--algo` names.
    public enum AlgorithmChoice: String, Sendable, CaseIterable {
        case fcfs, sjf, rr, mlfq, all
    }

    public var algorithm: AlgorithmChoice = .all
    /// RR's quantum (`--quantum`).
    public var quantum = 2
    /// MLFQ's levels and boost (`--mlfq-quanta`, `--boost`).
    public var mlfq = MLFQSettings()
    public var jobs = SchedulingJob.lessonDefault
    /// Show the simulation tick by tick.
    public var step = false
    public var display = DisplayOptions()

    public init() {}

    /// The algorithms to simulate, in the lesson's order.
    public var algorithms: [SchedulingAlgorithm] {
        let all: [SchedulingAlgorithm] = [.firstComeFirstServed, .shortestJobFirst, .roundRobin(quantum: quantum), .multilevelFeedback(mlfq)]
        switch algorithm {
        case .fcfs: return [all[0]]
        case .sjf: return [all[1]]
        case .rr: return [all[2]]
        case .mlfq: return [all[3]]
        case .all: return all
        }
    }
}
