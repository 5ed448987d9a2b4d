import TutorCore

extension RunState {
    /// Starts or ends a blocked call for the event at `index`; returns true when the event was about blocking.
    mutating func trackBlocking(_ e: TraceEvent) {
        func begin(_ target: BlockedCall.Target) {
            blocked.append(BlockedCall(pid: e.pid, process: e.process, thread: e.thread, target: target, since: e.t))
        }
        func end(_ matches: (BlockedCall.Target) -> Bool) {
            blocked.removeAll { $0.pid == e.pid && $0.thread == e.thread && matches($0.target) }
        }
        switch e.kind {
        case EventKind.lockWait:
            begin(.lock(e.object ?? "?"))
        case EventKind.lockAcquire, "lock.timeout":
            end { if case .lock(e.object ?? "?") = $0 { true } else { false } }
        case "queue.wait":
            begin(e.string("op") == "put" ? .queuePut(e.object ?? "?") : .queueGet(e.object ?? "?"))
        case EventKind.queueGet, EventKind.queuePut, "queue.timeout":
            end { target in
                switch target {
                case .queueGet(e.object ?? "?"), .queuePut(e.object ?? "?"): true
                default: false
                }
            }
        case "process.join.wait":
            begin(.join(pid: e.childPid ?? 0, name: e.string("name") ?? "child"))
        case EventKind.processJoin:
            end { if case .join = $0 { true } else { false } }
        case "event.wait":
            begin(.event(e.object ?? "?"))
        case "event.wake":
            end { if case .event(e.object ?? "?") = $0 { true } else { false } }
        case "pipe.wait":
            begin(.pipe(e.object ?? "?"))
        case "pipe.recv":
            end { if case .pipe(e.object ?? "?") = $0 { true } else { false } }
        case "condition.wait":
            begin(.condition(e.object ?? "?"))
        case "condition.wake":
            end { if case .condition(e.object ?? "?") = $0 { true } else { false } }
        case "barrier.wait":
            begin(.barrier(e.object ?? "?"))
        case "barrier.wake":
            end { if case .barrier(e.object ?? "?") = $0 { true } else { false } }
        case "queue.join.wait":
            begin(.queueJoin(e.object ?? "?"))
        case "queue.join":
            end { if case .queueJoin(e.object ?? "?") = $0 { true } else { false } }
        case EventKind.poolWait:
            let job = e.int("job") ?? 0
            let task = Self.taskName(job, e.int("index") ?? 0)
            let what = job < 0 ? Phrase.hangPoolFinish.text(["object": e.object ?? "Pool"])
                : e.object.map { Phrase.waitTaskOf.text(["task": task, "object": $0]) } ?? task
            begin(.result(call: e.string("call") ?? "get()", what: what))
        case EventKind.poolWaited, EventKind.poolGet, EventKind.poolJoin:
            end { if case .result = $0 { true } else { false } }
        case EventKind.futureWait:
            let work = e.int("work") ?? 0
            begin(.result(call: e.string("call") ?? "result()",
                          what: Phrase.waitWorkItems.text(["n": 1, "list": work, "object": e.object ?? "?"])))
        case EventKind.futureWaited:
            end { if case .result = $0 { true } else { false } }
        case EventKind.executorWait:
            begin(.result(call: e.string("call") ?? "wait()", what: Self.severalWorkItems(e)))
        case EventKind.executorWaited:
            end { if case .result = $0 { true } else { false } }
        case EventKind.managerWait:
            begin(.manager(method: e.string("method") ?? "?", label: e.object ?? "?"))
        case EventKind.managerCall:
            end { if case .manager(_, e.object ?? "?") = $0 { true } else { false } }
        case EventKind.processExit:
            blocked.removeAll { $0.pid == e.pid }
        default:
            break
        }
    }

    /// What an `executor.wait` waits for, in words: the executor's work items by number, or how many Futures.
    public static func severalWorkItems(_ e: TraceEvent) -> String {
        let pending = e.int("pending") ?? -1
        let object = e.object ?? "?"
        if e.string("call") == "shutdown()" {
            return pending >= 0 ? Phrase.waitShutdown.text(["object": object, "n": pending])
                : Phrase.waitShutdownUnknown.text(["object": object])
        }
        let works = e.fields["works"]?.arrayValue?.compactMap(\.intValue) ?? []
        guard e.object != nil, !works.isEmpty else { return Phrase.waitFutures.text(["n": max(pending, 0)]) }
        let more = (e.fields["works"]?.arrayValue?.count ?? 0) > works.count
        return Phrase.waitWorkItems.text(["n": works.count, "list": works.map(String.init).joined(separator: ", ") + (more ? ", …" : ""),
                                          "object": object])
    }
}
