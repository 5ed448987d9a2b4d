import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A manager's rows and a concurrent.futures executor's, with the resource tracker's.
    /// Nil for an event of another kind: `describeEvent` asks each aspect in turn (each kind has its rows in one).
    func managerRow(_ e: TraceEvent, _ index: Int, _ object: String) -> String? {
        switch e.known {
        case .futureSubmitError: return futureSubmitError(e, object)
        case .managerStartWait, .managerStartError, .managerServe: return managerStart(e)
        case .managerReferent:
            return Phrase.evManagerReferent.text(["object": object, "typeid": e.string(EventField.typeid) ?? "?", "type": e.objectType ?? "?"])
        case .managerMade:
            guard let pid = e.int(EventField.serverPid) else { return Phrase.evManagerMadeNoPid.text(["object": object]) }
            return Phrase.evManagerMade.text(["object": object, "pid": pid])
        case .executorCreateError: return executorRefusedRow(e)
        case .managerCreate:
            // Stamped when start() returned (transcripts since the fifth truth review): how long it waited for the server.
            if let ns = e.waitedNs, ns >= 1_000_000 {
                return Phrase.evManagerStartWaited.text(["object": object, "pid": number(e, "server_pid"), "duration": Format.duration(ns: ns)])
            }
            return Phrase.evManagerCreate.text(["object": object, "pid": number(e, "server_pid")])
        case .managerConnect:
            return e.ok == false ? Phrase.evManagerRefused.text(["object": object, "error": e.string(EventField.error) ?? "error"])
                : Phrase.evManagerConnected.text(["object": object])
        case .managerCall: return managerCall(e, object) + managerSetWokeNoOne(object, index: index) + proxyIterationEnd(e, index: index)
        case .managerShutdown: return managerShutdown(e, object)
        case .executorCreate, .futureSubmit, .futureStart, .futureEnd, .futureCallback, .futureCallbackRun, .futureCallbackEnd,
             .futureResult, .futureWait, .futureWaited, .executorWait, .executorWaited:
            return futureRow(index, object)
        case .managerWait:
            return Phrase.evManagerWait.text(["object": object, "method": e.method ?? "?", "args": Self.arguments(e.args)])
        case .futureCancel: return cancelRow(index)
        case .futureRead: return futureReadRow(index)
        case .executorBroken, .executorShutdown: return futureRow(index, object)
        case .trackerRegister, .trackerUnregister:
            return (e.is(.trackerRegister) ? Phrase.evTrackerRegister : .evTrackerUnregister)
                .text(["rtype": e.string(EventField.rtype) ?? "?", "name": e.name ?? "?"])
        default: return nil
        }
    }
}
