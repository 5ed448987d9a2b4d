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
        switch e.known {
        case .lockWait:
            begin(.lock(e.object ?? "?"))
        case .lockAcquire, .lockTimeout:
            end { if case .lock(e.object ?? "?") = $0 { true } else { false } }
        case .queueWait:
            begin(e.op == "put" ? .queuePut(e.object ?? "?") : .queueGet(e.object ?? "?"))
        case .queueGet, .queuePut, .queueTimeout:
            end { target in
                switch target {
                case .queueGet(e.object ?? "?"), .queuePut(e.object ?? "?"): true
                default: false
                }
            }
        case .processJoinWait:
            begin(.join(pid: e.childPid ?? 0, name: e.name ?? "child"))
        case .processJoin:
            end { if case .join = $0 { true } else { false } }
        case .eventWait:
            begin(.event(e.object ?? "?"))
        case .eventWake:
            end { if case .event(e.object ?? "?") = $0 { true } else { false } }
        case .pipeWait:
            begin(.pipe(e.object ?? "?"))
        case .pipeRecv:
            end { if case .pipe(e.object ?? "?") = $0 { true } else { false } }
        case .conditionWait:
            begin(.condition(e.object ?? "?"))
        case .conditionWake:
            end { if case .condition(e.object ?? "?") = $0 { true } else { false } }
        case .barrierWait:
            begin(.barrier(e.object ?? "?"))
        case .barrierWake:
            end { if case .barrier(e.object ?? "?") = $0 { true } else { false } }
        case .queueJoinWait:
            begin(.queueJoin(e.object ?? "?"))
        case .queueJoin:
            end { if case .queueJoin(e.object ?? "?") = $0 { true } else { false } }
        case .poolWait:
            let job = e.job ?? 0
            let what = job < 0 ? "\(e.object ?? "the pool") to finish (every result collected, then every worker ended)"
                : Self.taskName(job, e.index ?? 0) + (e.object.map { " of \($0)" } ?? "")
            begin(.result(call: e.string(EventField.call) ?? "get()", what: what))
        case .poolWaited, .poolGet, .poolJoin:
            end { if case .result = $0 { true } else { false } }
        case .futureWait:
            begin(.result(call: e.string(EventField.call) ?? "result()", what: "work item \(e.work ?? 0)" + (e.object.map { " of \($0)" } ?? "")))
        case .futureWaited:
            end { if case .result = $0 { true } else { false } }
        case .processExit:
            blocked.removeAll { $0.pid == e.pid }
        default:
            break
        }
    }
}
