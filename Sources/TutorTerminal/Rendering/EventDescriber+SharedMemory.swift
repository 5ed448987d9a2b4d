import TutorCore
import TutorAnalysis

/// The rows of what round 6 closed of issue 11's tracer gaps: shared_memory segments and ShareableLists, a Queue's
/// close(), cancel_join_thread() and join_thread(), a put()/get() after close(), the start settings, and a threading
/// semaphore's failed non-blocking tries.
extension EventDescriber {
    func gaps6Row(_ e: TraceEvent, _ object: String) -> String {
        let error = e.string(EventField.error) ?? Phrase.evAnException.text()
        let segment = e.name ?? "?"
        let size = e.int(EventField.size).map(String.init) ?? "?"
        switch e.known {
        case .shmCreate where e.objectType == "ShareableList":
            return Phrase.evShmCreateList.text(["object": object, "value": e.string(EventField.value) ?? "?", "name": segment, "size": size])
        case .shmCreate:
            return Phrase.evShmCreate.text(["object": object, "name": segment, "size": size]) + bufNotTraced(e, object)
        case .shmAttach:
            return Phrase.evShmAttach.text(["object": object, "name": segment, "size": size]) + bufNotTraced(e, object)
        case .shmClose:
            return Phrase.evShmClose.text(["object": object])
        case .shmUnlink where e.string(EventField.error) != nil:
            return Phrase.evShmUnlinkFailed.text(["object": object, "error": error])
        case .shmUnlink:
            return Phrase.evShmUnlink.text(["object": object, "name": segmentName(of: object) ?? "?"])
        case .queueClose where e.bool(EventField.simple) == true:
            return Phrase.evQueueCloseSimple.text(["object": object])
        case .queueClose:
            return (e.bool(EventField.feeder) == true ? Phrase.evQueueCloseFeeder : .evQueueClose).text(["object": object])
        case .queueCancelJoin:
            return Phrase.evQueueCancelJoin.text(["object": object])
        case .queueJoinThread where e.string(EventField.error) != nil:
            return Phrase.evQueueJoinThreadRaised.text(["object": object, "error": error])
        case .queueJoinThread:
            return (e.bool(EventField.feeder) == false ? Phrase.evQueueJoinThreadNone : .evQueueJoinThread)
                .text(["object": object, "waited": waited(e)])
        case .queueError:
            return Phrase.evQueueClosedError.text(["object": object, "op": e.op ?? "put"])
        case .processSetting:
            let value = e.string(EventField.value) ?? "?"
            return (e.string(EventField.call) == "set_executable()" ? Phrase.evSetExecutable : .evSetPreload).text(["value": value])
        case .futureSubmitError:
            // A broken executor says BrokenProcessPool; the row says when it broke, if the record shows it.
            let broke = timeline.events.first { $0.is(.executorBroken) && $0.object == e.object && $0.t <= e.t }
            return Phrase.evSubmitRaised.text(["func": e.function ?? "?", "object": object, "error": e.string(EventField.errorType) ?? error])
                + (broke.map { Phrase.evSubmitBrokenAt.text(["time": Format.seconds($0.t)]) } ?? "")
        case .managerStartWait:
            return Phrase.evManagerStartWait.text(["type": e.objectType ?? "BaseManager"])
        case .managerServe:
            return Phrase.evManagerServe.text(["address": e.string(EventField.address) ?? "?"])
        case .managerStartError:
            let values: KeyValuePairs<String, any CustomStringConvertible> = ["type": e.objectType ?? "BaseManager", "error": error,
                                                                             "waited": waited(e), "pid": e.serverPid.map(String.init) ?? "?"]
            return (e.serverPid == nil ? Phrase.evManagerStartFailedNoServer : .evManagerStartFailed).text(values)
        default:
            return e.kind
        }
    }

    /// A failed acquire(block=False): a threading lock's row says `blocking=False`, a semaphore's that no unit was free.
    func lockBusy(_ e: TraceEvent, _ object: String) -> String {
        let tries = min(max(e.int(EventField.tries) ?? 1, 1), 1 << 40)
        // The lock's create comes first in the run: the search ends there.
        if let made = timeline.events.first(where: { $0.is(.lockCreate) && $0.object == (timeline.lockCopies[object] ?? e.object) }), made.bool(EventField.threading) == true {
            if made.objectType?.hasSuffix("Semaphore") == true {
                return tries == 1 ? Phrase.evSemaphoreBusy.text(["object": object]) : Phrase.evSemaphoreBusyMany.text(["object": object, "n": tries])
            }
            return tries == 1 ? Phrase.evThreadLockBusy.text(["object": object]) : Phrase.evThreadLockBusyMany.text(["object": object, "n": tries])
        }
        return tries == 1 ? Phrase.evLockBusy.text(["object": object]) : Phrase.evLockBusyMany.text(["object": object, "n": tries])
    }
}

private extension EventDescriber {
    /// The segment's name, from the object's create or attach.
    func segmentName(of object: String) -> String? {
        timeline.events.first { ($0.is(.shmCreate) || $0.is(.shmAttach)) && $0.object == object }?.name
    }
}
