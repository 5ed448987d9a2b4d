import TutorCore

extension RunState {
    /// The `call`s of the program's own select-like waits the tracer writes as `connection.wait`: a selector's select()
    /// (gaps 24A), select.select() (gaps 26B), a select.poll() or select.epoll() object's poll() (gaps 29D).
    public static let selectCalls: Set<String> = ["selector.select()", "select.select()", "poll.poll()", "epoll.poll()"]

    /// Starts or ends a blocked call for the event at `index`; returns true when the event was about blocking.
    mutating func trackBlocking(_ e: TraceEvent) {
        func begin(_ target: BlockedCall.Target, iterated: String? = nil) {
            blocked.append(BlockedCall(pid: e.pid, process: e.process, thread: e.thread, target: target, since: e.t, iterated: iterated))
        }
        func end(_ matches: (BlockedCall.Target) -> Bool) {
            blocked.removeAll { $0.pid == e.pid && $0.thread == e.thread && matches($0.target) }
        }
        switch e.known {
        case .lockWait:
            begin(.lock(e.object ?? "?"))
        case .lockAcquire, .lockTimeout:
            end { if case .lock(e.object ?? "?") = $0 { true } else { false } }
            if e.is(.lockAcquire) { markConditionLockRetaken(e) }
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
            begin(.pipe(e.object ?? "?", end: e.end, call: e.string(EventField.call) ?? "recv()"))
        case .pipeRecv, .pipePoll, .pipeSend, .pipeSendError:    // a send() that waited for a reader (round 20H)
            end { if case .pipe(e.object ?? "?", _, _) = $0 { true } else { false } }
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
        case .queueFeederWait:
            begin(.result(call: Self.feederJoinCall(e), what: Phrase.waitFeeder.text(["label": e.object ?? "?"])))
        case .queueFeederWaited:
            end { if case let .result(call, _) = $0 { Self.feederJoinCalls.contains(call) } else { false } }
        case .queueWlockWait:    // a feeder thread waits for its queue's shared write lock (gaps 22B), or a SimpleQueue's put() (24C)
            begin(Self.isPutLockWait(e) ? .result(call: Self.putLockCall, what: Phrase.waitWlockPut.text(["label": e.object ?? "?"]))
                  : .result(call: Self.feederLockCall, what: Phrase.waitWlock.text(["label": e.object ?? "?"])))
        case .queueWlockWaited:
            end { if case let .result(call, _) = $0 { call == Self.feederLockCall || call == Self.putLockCall } else { false } }
        case .queueJoin:
            end { if case .queueJoin(e.object ?? "?") = $0 { true } else { false } }
        case .poolWait:
            let job = e.job ?? 0
            // imap_unordered's next() returns whichever item finishes first: its index counts results, names no task.
            let unordered = e.string(EventField.call) == "next()" && unorderedJobs.contains(JobScope.ofSubmitter(e.pid, job))
            let task = unordered ? Phrase.taskNextUnordered.text(["job": job]) : Self.taskName(job, e.index ?? 0)
            let what = job < 0 ? Phrase.hangPoolFinish.text(["object": e.object ?? "Pool"])
                : unordered ? e.object.map { Phrase.waitNextUnorderedOf.text(["job": job, "object": $0]) } ?? task
                : e.object.map { Phrase.waitTaskOf.text(["task": task, "object": $0]) } ?? task
            begin(.result(call: PoolCallWords.call(e, unordered: unordered), what: what), iterated: PoolCallWords.iteratedMethod(e, unordered: unordered))
        case .poolWaited, .poolGet, .poolJoin:
            end { if case .result = $0 { true } else { false } }
        case .futureWait:
            let what = e.object.flatMap { Self.isBareFuture($0) ? Phrase.waitBareFuture.text(["object": $0]) : nil }
            begin(.result(call: e.string(EventField.call) ?? "result()",
                          what: what ?? Phrase.waitWorkItems.text(["n": 1, "list": e.work ?? 0, "object": e.object ?? "?"])))
        case .futureWaited, .executorWaited:
            end { if case .result = $0 { true } else { false } }
        case .executorWait where e.string(EventField.call) == "select()":
            // The event loop's thread, idle: no coroutine runs until select() returns (gaps 11B).
            let what = Self.loopSelectVia(e).map { Phrase.waitLoopSelectVia.text(["what": Self.severalWorkItems(e), "how": $0]) }
                ?? Phrase.waitLoopSelect.text(["what": Self.severalWorkItems(e)])
            begin(.result(call: "select()", what: what))
        case .executorWait:
            begin(.result(call: e.string(EventField.call) ?? "wait()", what: Self.severalWorkItems(e)))
            if e.string(EventField.call) != "shutdown()", !Self.workItems(e).isEmpty { blocked[blocked.count - 1].waitEvent = e }
        case .futureResult:
            workItemFinished(e)
        case .managerWait:
            begin(.manager(method: e.method ?? "?", label: e.object ?? "?"))
        case .connectionWait:
            begin(.result(call: e.string(EventField.call) ?? "connection.wait()", what: Self.connections(e)))    // or selector.select() (gaps 24A)
        case .connectionWaited:
            end { if case .result(let call, _) = $0 { call == "connection.wait()" || Self.selectCalls.contains(call) } else { false } }
        case .listenerWait:
            begin(.result(call: "accept()", what: Phrase.waitListener.text(["address": e.string(EventField.address) ?? "?"])))
        case .threadJoinWait:
            begin(.result(call: "join()", what: Phrase.waitThreadJoin.text(["name": e.name ?? "?"])))
        case .threadJoin:
            end { if case .result("join()", _) = $0 { true } else { false } }
        case .threadShutdownWait:
            let child = processes.last { $0.pid == e.pid }?.role == "child"     // Process._bootstrap() after run()
            begin(.result(call: "threading._shutdown()",
                          what: (child ? Phrase.waitThreadsAfterRun : .waitThreadsAtExit).text(["threads": Self.threadsAtExit(e)])))
        case .threadShutdownWaited:
            end { if case .result("threading._shutdown()", _) = $0 { true } else { false } }
        case .listenerAccept:
            end { if case .result("accept()", _) = $0 { true } else { false } }
        case .managerStartWait:
            begin(.result(call: "start()", what: Phrase.waitManagerServer.text(["type": e.objectType ?? "BaseManager"])))
        case .managerCreate, .managerStartError:
            end { if case .result("start()", _) = $0 { true } else { false } }
        case .managerCall:
            end { if case .manager(_, e.object ?? "?") = $0 { true } else { false } }
        case .processExit:
            blocked.removeAll { $0.pid == e.pid }
        default:
            break
        }
    }

    /// The threads a `thread.shutdown.wait` joins at interpreter exit, by name.
    public static func threadsAtExit(_ e: TraceEvent) -> String {
        let names = e[EventField.threads]?.arrayValue?.compactMap(\.stringValue) ?? []
        return names.isEmpty ? "?" : names.joined(separator: Phrase.listComma.text())
    }

    /// What a `connection.wait` waits on, in words: how many objects, how many of them traced Pipe ends.
    public static func connections(_ e: TraceEvent) -> String {
        connectionNames(e, count: e.int(EventField.objects).map(Int.init))
            ?? Phrase.waitConnections.text(["n": e.int(EventField.objects) ?? 0, "pipes": e.int(EventField.pipes) ?? 0])
    }

    /// What an `executor.wait` waits for, in words: the executor's work items by number, or how many Futures.
    public static func severalWorkItems(_ e: TraceEvent, excluding finished: Set<String> = []) -> String {
        let pending = e.pending ?? -1
        let object = e.object ?? "?"
        if e.string(EventField.call) == "shutdown()" {
            if pending == 0 { return Phrase.waitShutdownWorkers.text(["object": object]) }
            if pending > 0 { return Phrase.waitShutdown.text(["object": object, "n": pending]) }
            // a ThreadPoolExecutor's count is never known; its workers are threads (zh 工作线程, not 工作进程: round 27F)
            return (object.hasPrefix("ThreadPoolExecutor") ? Phrase.waitShutdownThreads : .waitShutdownUnknown).text(["object": object])
        }
        let all = workItems(e).filter { !finished.contains(Self.workKey($0.executor, $0.work)) }
        let bare = all.filter { isBareFuture($0.executor) }.map(\.executor)     // gaps 33A: Future#N, not work items
        let items = all.filter { !isBareFuture($0.executor) }
        guard !items.isEmpty || !bare.isEmpty else { return Phrase.waitFutures.text(["n": max(pending, 0)]) }
        guard !items.isEmpty else { return bareFutures(bare) }
        let more = (e[EventField.works]?.arrayValue?.count ?? 0) > workItems(e).count ? ", …" : ""
        var executors: [String] = []
        for item in items where !executors.contains(item.executor) { executors.append(item.executor) }
        return executors.map { executor in
            let works = items.filter { $0.executor == executor }.map(\.work)
            return Phrase.waitWorkItems.text(["n": works.count, "list": works.map(String.init).joined(separator: Phrase.listComma.text())
                                                + (executor == executors.last ? more : ""), "object": executor])
        }.joined(separator: Phrase.waitWorkItemsAnd.text()) + (bare.isEmpty ? "" : Phrase.waitWorkItemsAnd.text() + bareFutures(bare))
    }

    /// The work items an `executor.wait` names, each with its executor (work numbers are per executor): the one
    /// executor `object` names, or, for futures of several executors, the label `executors` gives each number.
    /// Empty when the record does not say (an older transcript's wait on several executors' futures).
    static func workItems(_ e: TraceEvent) -> [(executor: String, work: Int64)] {
        let works = e[EventField.works]?.arrayValue ?? []
        if let object = e.object { return works.compactMap { $0.intValue.map { (object, $0) } } }
        let executors = e[EventField.executors]?.arrayValue ?? []
        return zip(executors, works).compactMap { executor, work in
            guard let label = executor.stringValue, let number = work.intValue else { return nil }
            return (label, number)
        }
    }
}

extension RunState {
    /// The call a feeder join is in, as CPython names it: the program's join_thread(), or the queue's finalizer at
    /// exit (the program called nothing: multiprocessing's exit function runs it).
    static func feederJoinCall(_ e: TraceEvent) -> String {
        e.bool(EventField.atExit) == true ? "Queue._finalize_join()" : "join_thread()"
    }

    static let feederJoinCalls: Set<String> = ["join_thread()", "Queue._finalize_join()"]
}
