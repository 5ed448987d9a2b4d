import TutorCore
import TutorAnalysis

/// The rows of what round 4 of the truth review found unrecorded: `cancel()` on a work item, a Pool worker's
/// initializer (and a ProcessPoolExecutor worker's), and a `task_done()` or `release()` that raised (and so changed nothing).
extension EventDescriber {
    func gapRow(_ index: Int, _ object: String) -> String {
        let e = timeline.events[index]
        let error = e.string(EventField.error) ?? Phrase.evAnException.text()
        switch e.known {
        case .futureCancel:
            return cancelRow(index)
        case .poolInit, .executorInit:
            return (e.is(.poolInit) ? Phrase.evPoolInit : .evExecutorInit)
                .text(["mark": painter.symbol("▶", ascii: ">"), "call": "\(e.function ?? "?")(\(Self.arguments(e.args)))"])
        case .poolInitEnd where e.ok == false, .executorInitEnd where e.ok == false:
            return (e.is(.poolInitEnd) ? Phrase.evPoolInitRaised : .evExecutorInitRaised)
                .text(["mark": painter.symbol("✗", ascii: "x"), "func": e.function ?? "?", "error": error])
        case .poolInitEnd, .executorInitEnd:
            // How long it took: from this worker's start of the initializer, when it is in the record.
            let start: EventKind = e.is(.poolInitEnd) ? .poolInit : .executorInit
            let began = timeline.events[..<index].last { $0.pid == e.pid && $0.is(start) }?.t
            let took = began.map { e.t - $0 }.map { $0 >= 1_000_000 ? Phrase.evAfter.text(["duration": Format.duration(ns: $0)]) : "" } ?? ""
            return (e.is(.poolInitEnd) ? Phrase.evPoolInitDone : .evExecutorInitDone).text(["func": e.function ?? "?", "took": took])
        case .queueTaskDoneError:
            return Phrase.evTaskDoneRaised.text(["object": object, "error": error])
        case .lockReleaseError:
            return Phrase.evReleaseRaised.text(["object": object, "error": error])
        default:
            return e.kind
        }
    }
}

private extension EventDescriber {
    /// What `cancel()` returned and why, from the Future's state just before the call. A ProcessPoolExecutor marks
    /// a Future running when it moves the item to its call queue, before any worker has it: the record's starts say which.
    func cancelRow(_ index: Int) -> String {
        let e = timeline.events[index]
        // asyncio called it for the program (the asyncio future wrapping this one was cancelled): said first (round 7A)
        let by = e.string(EventField.call) == "asyncio" ? Phrase.evCancelByAsyncio.text(["work": e.work ?? 0]) : ""
        return by + cancelOutcome(index)
    }

    func cancelOutcome(_ index: Int) -> String {
        let e = timeline.events[index]
        let work = e.work ?? 0
        let state = e.state ?? ""
        guard e.ok == true else {
            switch state {
            case "running":
                let executor = e.object ?? ""
                if let (worker, ended) = StateQueries.workItemWorker(executor, work: work, before: index, in: timeline) {
                    return (ended ? Phrase.evCancelRanIn : .evCancelRunningIn).text(["work": work, "worker": worker])
                }
                if StateQueries.executorType(executor, in: timeline) == "ProcessPoolExecutor" {
                    return Phrase.evCancelInCallQueue.text(["work": work, "object": executor])
                }
                return Phrase.evCancelRunning.text(["work": work])
            case "finished": return Phrase.evCancelFinished.text(["work": work])
            default: return Phrase.evCancelFalse.text(["work": work])
            }
        }
        if state == "cancelled" { return Phrase.evCancelAgain.text(["work": work]) }
        switch e.string(EventField.call) {
        case "map()": return Phrase.evCancelByMap.text(["work": work])
        case "shutdown()": return Phrase.evCancelByShutdown.text(["work": work])
        default: return Phrase.evCancelByProgram.text(["work": work])
        }
    }
}
