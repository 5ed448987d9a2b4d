import TutorCore
import TutorAnalysis

/// The rows of a Pool worker's initializer and a ProcessPoolExecutor worker's: its call, and how it ended.
extension EventDescriber {
    func initializerRow(_ index: Int) -> String {
        let e = timeline.events[index]
        let error = e.string(EventField.error) ?? Phrase.evAnException.text()
        let inThreadPool = timeline.lane(of: index).isThreadPoolWorker
        switch e.known {
        case .poolInit, .executorInit:
            // A ThreadPool's initializer runs in a thread of the pool's own process: "this worker" is a thread (round 25).
            return (e.is(.poolInit) ? (inThreadPool ? Phrase.evPoolInitThread : .evPoolInit) : .evExecutorInit)
                .text(["mark": painter.symbol("▶", ascii: ">"), "call": "\(e.function ?? "?")(\(Self.arguments(e.args)))"])
        case .poolInitEnd where e.ok == false, .executorInitEnd where e.ok == false:
            return (e.is(.poolInitEnd) ? (inThreadPool ? Phrase.evPoolInitRaisedThread : .evPoolInitRaised) : .evExecutorInitRaised)
                .text(["mark": painter.symbol("✗", ascii: "x"), "func": e.function ?? "?", "error": error])
        case .poolInitEnd, .executorInitEnd:
            // How long it took: from this worker's start of the initializer, when it is in the record.
            let start: EventKind = e.is(.poolInitEnd) ? .poolInit : .executorInit
            let began = timeline.events[..<index].last { $0.pid == e.pid && $0.is(start) }?.t
            let took = began.map { e.t - $0 }.map { $0 >= 1_000_000 ? Phrase.evAfter.text(["duration": Format.duration(ns: $0)]) : "" } ?? ""
            return (e.is(.poolInitEnd) ? (inThreadPool ? Phrase.evPoolInitDoneThread : .evPoolInitDone) : .evExecutorInitDone).text(["func": e.function ?? "?", "took": took])
        default:
            return e.kind
        }
    }
}
