import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A queue's rows (put, get, waits, the feeder thread, close) and a Connection's or Listener's.
    /// Nil for an event of another kind: `describeEvent` asks each aspect in turn (each kind has its rows in one).
    func queueRow(_ e: TraceEvent, _ index: Int, _ object: String) -> String? {
        switch e.known {
        case .queueCreate:
            let max = e.maxsize.map { $0 > 0 ? Phrase.evMaxsize.text(["n": $0]) : Phrase.evUnbounded.text() } ?? ""
            return Phrase.evCreated.text(["object": object]) + Phrase.evParenthesized.text(["text": (e.objectType ?? "Queue") + max])
        case .queuePut:
            // Only a put on a full queue blocks (a queue.wait before it); a slow put on an unbounded queue was starting
            // its feeder thread, so its time is stated, not called a wait.
            let took = (e.waitedNs ?? 0) >= 1_000_000 ? Phrase.evCallTook.text(["duration": Format.duration(ns: e.waitedNs ?? 0)]) : ""
            return Phrase.evPut.text(["item": e.item ?? "?", "object": object, "waited": ""]) + took + feederStartedInside(index)
                + listenerSentinel(index)
        case .queueGet where e.string(EventField.unpickleError) != nil:     // round 25X: taken, then unpickling raised
            let wait = followsItsWait(index) ? waited(e) : ""
            return Phrase.evGetUnpickleFailed.text(["object": object, "item": e.item ?? "?", "waited": wait,
                                                    "error": e.string(EventField.unpickleError) ?? "?"])
        case .queueGet:
            // A get waited only when the tracer saw nothing to take as it began (a queue.wait just before it on its
            // thread); otherwise its time was spent taking the item (the lock, unpickling, a busy CPU), not waiting.
            guard !followsItsWait(index) else { return Phrase.evGet.text(["item": e.item ?? "?", "object": object, "waited": waited(e)]) }
            let took = (e.waitedNs ?? 0) >= 1_000_000 ? Phrase.evCallTook.text(["duration": Format.duration(ns: e.waitedNs ?? 0)]) : ""
            return Phrase.evGet.text(["item": e.item ?? "?", "object": object, "waited": ""]) + took
        case .queuePoll:
            let call = e.string(EventField.call) ?? "empty()"
            let answer: String = switch e[EventField.result] {
            case let .bool(b)?: b ? "True" : "False"
            case let .int(n)?: String(n)
            default: "?"
            }
            // empty() True while items were put: the feeder thread had not written them yet (r7a_queue_empty_polling)
            return Phrase.evQueuePoll.text(["call": call, "object": object, "result": answer])
                + (call == "empty()" && answer == "True" ? Phrase.evQueuePollEmptyPipe.text() : "")
        case .queueWait where e.op != "put" && e.bool(EventField.partial) == true:
            return partialGetWait(index, object: object)
        case .queueWait where e.op != "put" && e.bool(EventField.inFlight) == true:
            return inFlightGetWait(index, object: object)
        case .queueWait where e.op != "put" && e.bool(EventField.readerBusy) == true:
            return Phrase.evQueueWaitGetReaderBusy.text(["object": object, "n": e.int(EventField.depth) ?? 0])
        case .queueWait:
            return e.op == "put" ? Phrase.evQueueWaitPut.text(["object": object]) : Phrase.evQueueWaitGet.text(["object": object])
        case .queueTimeout:
            return Phrase.evQueueTimeout.text(["op": e.op ?? "get", "object": object, "waited": waited(e)])
                + Phrase.evParenthesized.text(["text": e.op == "put" ? "Full" : "Empty"])
        case .queueClose, .queueCancelJoin, .queueJoinThread, .queueError, .queueTaskDoneError: return queueClosingRow(e, object)
        case .queueEmpty: return (e.bool(EventField.inFlight) == true ? Phrase.evQueueEmptyInFlight : .evQueueEmpty).text(["object": object])
        case .queueFull: return Phrase.evQueueFull.text(["object": object])
        case .queueTaskDone:
            return Phrase.evTaskDone.text(["object": object]) + (e.int(EventField.unfinished).map { Phrase.evUnfinished.text(["n": $0]) } ?? "")
        case .queueJoinWait: return Phrase.evQueueJoinWait.text(["object": object])
        case .queueFeederWait: return feederWait(e, object: object, at: index)
        case .queueFeederWaited: return Phrase.evFeederWaited.text(["object": object, "waited": waited(e)])
        case .queuePutChanged: return putChanged(e, object: object)
        case .pipeUnpickled: return Phrase.evPipeUnpickled.text(["object": object, "end": TraceEvent.endWords(e.end)])
        case .queueWlockWait:
            return (RunState.isPutLockWait(e) ? Phrase.evWlockWaitPut : .evWlockWait).text(["object": object])
        case .queueWlockWaited:
            return (timeline.putLockWaited(index) ? Phrase.evWlockWaitedPut : .evWlockWaited).text(["object": object, "waited": waited(e)])
        case .connectionReady: return Phrase.evConnectionReadyAtOnce.text(["what": RunState.connectionNames(e) ?? "?"])
        case .queuePutError: return simplePutErrorRow(e, object)
        case .pipeSend, .pipeSendError, .pipeRecv, .pipeWait, .pipePoll, .pipeClose, .connectionOpen: return connection(e, object, index: index)
        case .connectionRefused:
            let error = e.string(EventField.error) ?? Phrase.evWrongAuthkey.text()
            if let client = refusedClientText(index, error: error) { return client }
            return (e.string(EventField.side) == "client" ? Phrase.evClientRefused : Phrase.evRefuses).text(["error": error])
        case .connectionWait:
            // one object: "until X is ready", not "until one of X" (round 25)
            let one = e.int(EventField.objects) == 1 && e[EventField.what]?.arrayValue?.count == 1
            return (one ? Phrase.evConnectionWaitOne : .evConnectionWait).text(["what": RunState.connections(e)])
        case .listenerCreate, .listenerClose:
            return listenerLifeRow(e)
        case .listenerWait:
            return Phrase.evListenerWait.text(["address": e.string(EventField.address) ?? "?"])
        case .listenerAccept:
            let address = e.string(EventField.address) ?? "?"
            return e.ok == false
                ? Phrase.evListenerFailed.text(["address": address, "error": e.string(EventField.error) ?? Phrase.evAnException.text(), "waited": waited(e)])
                : Phrase.evListenerAccept.text(["address": address, "waited": waited(e)])
        case .connectionWaited:
            let ready = e.int(EventField.ready) ?? 0
            if ready > 0, let names = RunState.connectionNames(e, count: Int(ready)) {
                return Phrase.evConnectionWaitedNamed.text(["waited": waited(e), "what": names])
            }
            return ready > 0 ? Phrase.evConnectionWaited.text(["waited": waited(e), "n": ready])
                : Phrase.evConnectionGaveUp.text(["waited": waited(e)])
        default: return nil
        }
    }
}
