import TutorCore
import TutorAnalysis

/// Says what one event means, in a few words, for a timeline row, in the current language.
public struct EventDescriber: Sendable {
    let timeline: Timeline
    let painter: Painter
    /// When the run made more than one concurrent.futures executor: which executor each `future.start` belongs to (by
    /// event index), so that a work item's rows name it (each executor numbers its work items from 0).
    let workItemOwners: [Int: String]?
    /// The processes whose `process.exit` names an error (a run end's row then says no more of its exit code): found
    /// once, where each row of a run end scanned every event, and the step view draws that row at each frame near it.
    let pidsExitedWithError: Set<Int32>
    /// The first `process.reaped` of each child pid, found in the same pass (a reconciled exit's row scanned for it).
    let firstReapOf: [Int32: Int]
    /// The Event `set()`s that woke no one, with the waits that had timed out before (`StateQueries.wakesOfSetsWokeNoOne`).
    let setsWokeNoOne: [Int: [Int]]
    /// A plain Lock's releases by a process other than the one that acquired it (`StateQueries.releasesByOthers`).
    let releasesByOthers: [Int: StateQueries.ReleaseByOther]
    /// The Condition waits a program's `wait_for()` made (`StateQueries.waitsInsideWaitFor`), found once.
    let waitsInsideWaitFor: [Int: StateQueries.WaitInsideWaitFor]
    /// The timed-out `result()` ends in runs of such calls (`StateQueries.resultPollRuns`, gaps 33D), found once.
    let resultPollRuns: [Int: ResultPollRun]

    public init(timeline: Timeline, painter: Painter) {
        self.timeline = timeline
        self.painter = painter
        self.workItemOwners = ExecutorFigures.workItemOwnersWhenSeveral(timeline)
        var pids = Set<Int32>(), reaps: [Int32: Int] = [:]
        for i in timeline.indices(of: .processExit, .processReaped) {
            let e = timeline.events[i]
            if e.is(.processReaped) {
                if let child = e.childPid, reaps[child] == nil { reaps[child] = i }
            } else if e.string(EventField.error) != nil {
                pids.insert(e.pid)
            }
        }
        pidsExitedWithError = pids
        firstReapOf = reaps
        setsWokeNoOne = StateQueries.wakesOfSetsWokeNoOne(in: timeline)
            .merging(StateQueries.managerEventSetsWokeNoOne(in: timeline)) { a, _ in a }
        releasesByOthers = StateQueries.releasesByOthers(in: timeline)
        waitsInsideWaitFor = StateQueries.waitsInsideWaitFor(in: timeline)
        resultPollRuns = StateQueries.resultPollRuns(in: timeline)
    }

    /// Event `index` of the timeline in a few words, on one line: a newline inside a program's text
    /// (an exception message, an item's repr) is shown as `↵`, so it cannot break the row layout.
    public func describe(_ index: Int) -> String {
        let text = describeEvent(index)
        guard Self.mayHoldNewline(text), text.contains(where: \.isNewline) else { return text }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .joined(separator: painter.symbol(" ↵ ", ascii: " \\n "))
    }

    private func describeEvent(_ index: Int) -> String {
        let e = timeline.events[index]
        let object = e.object ?? ""
        // Made only for the rows that name a child (a pool's or queue's row has no name: this was a text per event).
        lazy var child = e.name ?? Phrase.evChild.text()
        if let hand = handForkEvent(e, child: child) { return hand }
        if let selector = selectorRow(e) { return selector }
        if let bare = bareFutureRow(e, index) { return bare }     // gaps 33A: a Future#N, not a work item
        switch e.known {
        case .processStart:
            return startedRow(e)
        case .processSpawn:
            return Phrase.evSpawn.text(["name": child, "pid": number(e, "child_pid")])
                + (e.bool(EventField.daemon) == true ? Phrase.evDaemonMark.text() : "")
                + (e.bool(EventField.noTarget) == true ? Phrase.evSpawnNoTarget.text() : "")
                + spawnTarget(e)
                + (StateQueries.contextMethod(at: index, in: timeline).map {
                    Phrase.evSpawnContextMethod.text(["method": $0.method, "default": $0.fallback]) } ?? "")
                + (StateQueries.workerReplacedAtShutdown(at: index, in: timeline).map {
                    Phrase.evSpawnReplacesAtShutdown.text(["executor": $0.executor, "old": $0.old, "n": $0.maxTasks,
                                                           "time": Format.seconds($0.shutdownAt), "name": child]) } ?? "")
        case .processExit:
            // An exception escaped _bootstrap's cleanup after run() (the tracer says which): that is the exit code 1.
            if let error = e.string(EventField.error), let code = e.exitCode, code > 0 {
                return Phrase.evExitedEscaped.text(["code": code, "error": error])
            }
            return ended(code: e.exitCode) + (e.int(EventField.askedExitCode).map { Phrase.evExitAskedParen.text(["asked": $0]) } ?? "")
        case .processReaped:
            if let by = e.string(EventField.reapedBy) { return reapedBy(by, index, child: child) }
            return Phrase.evReaped.text(["name": child, "code": number(e, "exitcode")])
        case .processJoin:
            if e.bool(EventField.timedOut) == true {
                return Phrase.evJoinGaveUp.text(["name": child, "timeout": e[EventField.timeout]?.displayText ?? "?", "waited": waited(e)])
            }
            return Phrase.evJoin.text(["name": child, "waited": waited(e)])
        case .processKilled:
            return Phrase.evKilled.text()
        case .poolCreate:
            let created = StateQueries.isThreadPool(created: index, in: timeline.events) ? Phrase.evPoolCreateThreads : .evPoolCreate
            return created.text(["object": object, "n": number(e, "processes")]) + poolCreateMaxTasks(e)
        case .poolSubmit:
            let chunks = e.chunks ?? 1
            // apply_async's args are the call's argument tuple; a map's are its iterable, shown as given.
            let apply = e.method?.hasPrefix("apply") == true
            let call = "\(e.function ?? "?")(\(apply ? CallArguments.unpacked(e.args) : e.args ?? ""))"
            return Phrase.evSubmit.text(["method": e.method ?? "submit", "job": e.job ?? 0,
                                         "rest": chunks > 1 ? Phrase.evChunks.text(["n": chunks]) : " " + call])
        case .taskStart:
            return .joined(painter.symbol("▶ ", ascii: "> "), taskName(e), " ", Self.call(e))
        case .taskEnd:
            return e.ok == false
                ? Phrase.evTaskRaised.text(["mark": painter.symbol("✗", ascii: "x"), "task": taskName(e), "result": e.result ?? ""]) + notEntered(e, at: index)
                : .joined(painter.symbol("✓ ", ascii: "v "), taskName(e), painter.symbol(" → ", ascii: " -> "), e.result ?? "")
        case .poolResult where e.ok == false && e.threadRole == "_handle_tasks":
            // Set by the pool's task handler when it could not send the task (e.g. a lambda that cannot be pickled):
            // nothing came back from a worker.
            return taskNotSent(e)
        case .poolResult where e.ok == false && e.string(EventField.error) == "MaybeEncodingError":
            // Only a worker makes one: the task returned, but its value could not be pickled back; or it raised, and
            // its exception could not be (round 25X: a class defined inside the function)
            return (taskRaised(before: index, e) ? Phrase.evResultUnpicklableRaised : .evResultUnpicklable).text(["task": taskName(e)]) + unpicklableReason(e)
        case .poolResult:
            return Phrase.evResult.text(["task": taskName(e), "exception": e.ok == false ? Phrase.evAnExceptionMark.text() : ""])
        case .poolCallback where e.bool(EventField.error) == true:
            // an error_callback is called with the exception, not a result (round 14)
            return Phrase.evErrorCallback.text(["func": e.function ?? "", "task": taskName(e)])
        case .poolCallback:
            return Phrase.evCallback.text(["which": Phrase.evCallbackWhich.text(), "func": e.function ?? "", "task": taskName(e)])
        case .poolCallbackEnd where e.ok == false, .poolClose where e.string(EventField.error) != nil,
             .poolTerminate where e.string(EventField.error) != nil:
            return poolErrorRow(e, index: index, object)
        case .poolCallbackEnd:
            return (endsErrorCallback(index) ? Phrase.evErrorCallbackEnd : .evCallbackEnd).text(["task": taskName(e)])
        case .poolClose: return poolCloseRow(index, e, object)
        case .poolTerminate:
            switch e.string(EventField.terminatedBy) {
            case "collected"?: return Phrase.evPoolCollected.text(["object": object])
            case "exit"?: return Phrase.evPoolTerminatedAtExit.text(["object": object])
            default: return "\(object).terminate()"
            }
        case .poolJoin, .queueJoin: return Phrase.evObjectJoin.text(["object": object, "waited": waited(e)])
        case .queueCreate:
            let max = e.maxsize.map { $0 > 0 ? Phrase.evMaxsize.text(["n": $0]) : Phrase.evUnbounded.text() } ?? ""
            return Phrase.evCreated.text(["object": object]) + Phrase.evParenthesized.text(["text": (e.objectType ?? "Queue") + max])
        case .queuePut:
            // Only a put on a full queue blocks (a queue.wait before it); a slow put on an unbounded queue was starting
            // its feeder thread, so its time is stated, not called a wait.
            let took = (e.waitedNs ?? 0) >= 1_000_000 ? Phrase.evCallTook.text(["duration": Format.duration(ns: e.waitedNs ?? 0)]) : ""
            return Phrase.evPut.text(["item": e.item ?? "?", "object": object, "waited": ""]) + took + listenerSentinel(index)
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
        case .lockCreate:
            var about: [String] = []
            if e.bool(EventField.threading) == true { about.append("threading.\(e.objectType ?? "Lock")") }
            if let value = e.int(EventField.value), e.objectType?.hasSuffix("Semaphore") == true { about.append(Phrase.evValue.text(["n": value])) }
            return Phrase.evCreated.text(["object": object])
                + (about.isEmpty ? "" : Phrase.evParenthesized.text(["text": about.joined(separator: Phrase.evComma.text())]))
        case .lockWait: return Phrase.evWaitsFor.text(["object": object, "timeout": ""])
        case .lockAcquire:
            // an RLock taken again by its holder, or released one level of several: the row says it is still held
            if let n = timeline.rlockLevels[index] { return Phrase.evRLockAgain.text(["object": object, "times": times(e), "waited": waited(e), "n": n]) }
            return Phrase.evAcquire.text(["object": object, "times": times(e), "waited": waited(e)])
        case .lockRelease:
            if let n = timeline.rlockLevels[index] { return Phrase.evRLockReleaseLevel.text(["object": object, "times": times(e), "n": n]) }
            return Phrase.evRelease.text(["object": object, "times": times(e)])
                + (releasesByOthers[index].map { Phrase.evReleaseNoOwner.text(["holder": $0.holder, "at": Format.seconds($0.acquiredT)]) } ?? "")
        case .print: return printRow(e)
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
        case .printFlush:
            return Phrase.evPrintFlushed.text(["stream": e.string(EventField.stream) == "stderr" ? "stderr" : "stdout"])
        case .printEnd:
            return Phrase.evPrintLineEnded.text(["stream": e.string(EventField.stream) == "stderr" ? "stderr" : "print"])
        case .processRun:
            return Phrase.evRunDirect.text(["name": e.name ?? "process"])
        case .processRunEnd: return runEndRow(e)
        case .processJoinWait where e.bool(EventField.implicit) == true:
            return Phrase.evImplicitJoin.text(["name": child])
        case .processJoinWait:
            return Phrase.evJoinWait.text(["name": child, "timeout": timeout(e)])
        case .processTerminate where e.bool(EventField.atExit) == true:
            return Phrase.evExitTerminate.text(["name": child, "pid": number(e, "child_pid")])
        case .processTerminate:
            return Phrase.evTerminate.text(["name": child, "pid": number(e, "child_pid")]) + signalEndedNothing(index)
        case .processKill:
            return Phrase.evKill.text(["name": child, "pid": number(e, "child_pid")]) + signalEndedNothing(index)
        case .processError:
            return closedCallRow(e, index: index) ?? processError(e, index: index)
        case .poolGet:
            return poolGet(index)
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
        case .lockTimeout: return Phrase.evLockTimeout.text(["object": object, "waited": waited(e)])
        case .lockBusy: return lockBusy(e, object)
        case .shmCreate, .shmAttach, .shmClose, .shmUnlink, .shmAttachError: return sharedMemoryRow(e, object, at: index)
        case .queueClose, .queueCancelJoin, .queueJoinThread, .queueError, .queueTaskDoneError: return queueClosingRow(e, object)
        case .processSetting: return processSetting(e)
        case .futureSubmitError: return futureSubmitError(e, object)
        case .managerStartWait, .managerStartError, .managerServe: return managerStart(e)
        case .queueEmpty: return (e.bool(EventField.inFlight) == true ? Phrase.evQueueEmptyInFlight : .evQueueEmpty).text(["object": object])
        case .queueFull: return Phrase.evQueueFull.text(["object": object])
        case .queueTaskDone:
            return Phrase.evTaskDone.text(["object": object]) + (e.int(EventField.unfinished).map { Phrase.evUnfinished.text(["n": $0]) } ?? "")
        case .queueJoinWait: return Phrase.evQueueJoinWait.text(["object": object])
        case .queueFeederWait: return feederWait(e, object: object, at: index)
        case .queueFeederWaited: return Phrase.evFeederWaited.text(["object": object, "waited": waited(e)])
        case .queuePutChanged: return putChanged(e, object: object)
        case .conditionWaitFor: return waitForRow(index)
        case .processAttrSet: return attrSetRow(index)
        case .processPrepNoMain: return Phrase.evPrepNoMain.text(["name": e.name ?? "?"])
        case .pipeUnpickled: return Phrase.evPipeUnpickled.text(["object": object, "end": TraceEvent.endWords(e.end)])
        case .conditionError:
            return Phrase.evConditionError.text(["op": e.op ?? "wait()", "object": object, "error": e.string(EventField.error) ?? "?"])
        case .poolTaskGetError: return Phrase.evPoolTaskGetError.text(["error": e.string(EventField.error) ?? "?"])
        case .poolTaskSent: return resultSent(e)
        case .threadTimer, .threadTimerFire, .threadTimerCancel: return timerRow(e)
        case .managerReferent:
            return Phrase.evManagerReferent.text(["object": object, "typeid": e.string(EventField.typeid) ?? "?", "type": e.objectType ?? "?"])
        case .processAtexitSkipped: return atexitSkippedRow(e)
        case .processAtexitRun: return atexitRunRow(e, index: index)
        case .processMainEnd: return mainEndRow(e)
        case .eventCreate, .conditionCreate, .pipeCreate:
            return Phrase.evCreated.text(["object": object]) + (e.bool(EventField.threading) == true
                ? Phrase.evParenthesized.text(["text": "threading." + (e.is(.eventCreate) ? "Event" : "Condition")]) : "")
        case .barrierReset: return barrierResetRow(index, object)
        case .helperLaunch: return helperLaunchRow(e)
        case .processBoot: return childBootRow(e)
        case .queueWlockWait:
            return (RunState.isPutLockWait(e) ? Phrase.evWlockWaitPut : .evWlockWait).text(["object": object])
        case .queueWlockWaited:
            return (timeline.putLockWaited(index) ? Phrase.evWlockWaitedPut : .evWlockWaited).text(["object": object, "waited": waited(e)])
        case .connectionReady: return Phrase.evConnectionReadyAtOnce.text(["what": RunState.connectionNames(e) ?? "?"])
        case .managerMade:
            guard let pid = e.int(EventField.serverPid) else { return Phrase.evManagerMadeNoPid.text(["object": object]) }
            return Phrase.evManagerMade.text(["object": object, "pid": pid])
        case .executorCreateError: return executorRefusedRow(e)
        case .poolCreateError: return poolCreateErrorRow(e)
        case .queuePutError: return simplePutErrorRow(e, object)
        case .eventSet, .eventClear, .eventWait, .conditionWait, .eventWake, .conditionWake, .conditionNotify,
             .barrierCreate, .barrierWait, .barrierAbort, .barrierWake:
            return synchronizationRow(e, object, index: index)
        case .pipeSend, .pipeSendError, .pipeRecv, .pipeWait, .pipePoll, .pipeClose, .connectionOpen: return connection(e, object, index: index)
        case .managerCreate:
            // Stamped when start() returned (transcripts since the fifth truth review): how long it waited for the server.
            if let ns = e.waitedNs, ns >= 1_000_000 {
                return Phrase.evManagerStartWaited.text(["object": object, "pid": number(e, "server_pid"), "duration": Format.duration(ns: ns)])
            }
            return Phrase.evManagerCreate.text(["object": object, "pid": number(e, "server_pid")])
        case .managerConnect:
            return e.ok == false ? Phrase.evManagerRefused.text(["object": object, "error": e.string(EventField.error) ?? "error"])
                : Phrase.evManagerConnected.text(["object": object])
        case .managerCall: return managerCall(e, object) + managerSetWokeNoOne(object, index: index)
        case .managerShutdown: return managerShutdown(e, object)
        case .connectionRefused:
            let error = e.string(EventField.error) ?? Phrase.evWrongAuthkey.text()
            if let client = refusedClientText(index, error: error) { return client }
            return (e.string(EventField.side) == "client" ? Phrase.evClientRefused : Phrase.evRefuses).text(["error": error])
        case .processStartMethod:
            let call = "set_start_method(\"\(e.method ?? "?")\")"
            // A call that raised (the context was already set, or an unknown method) set nothing: say so, not just the call.
            guard e.ok == false else { return startMethodSet(e) }
            return Phrase.evStartMethodRaised.text(["call": call, "error": e.string(EventField.error) ?? "?"])
        case .processStartMethodFixed:
            return Phrase.evStartMethodFixed.text(["call": e.string(EventField.call) ?? "get_start_method()", "method": e.method ?? "?"])
        case .threadStart:
            return Phrase.evThreadStart.text(["name": e.name ?? "?"]) + (e.bool(EventField.infra) == true ? Phrase.evInfraThread.text() : "")
                + (e.string(EventField.target) == Self.executorManagerRun ? Phrase.evExecutorManagerThread.text() : "")
                + (e.string(EventField.target) == "BaseEventLoop._do_shutdown" ? Phrase.evAsyncioShutdownThread.text() : "")
                + (e.string(EventField.target) == TraceEvent.loggingListenerTarget ? Phrase.evLoggingListenerThread.text() : "")
        case .threadRename:
            return threadRenameRow(e, index: index)
        case .threadExit:
            // A manager's server names the thread serving a client after that client: it is not the client's thread.
            if let life = timeline.process(pid: e.pid), life.role == "manager" || life.servesManager, let name = e.name, TraceEvent.namesAManagerClient(name) {
                return Phrase.evServerThreadExit.text(["client": name])
            }
            return threadExitRow(e)
        case .subprocessSpawn:
            let argv = e.fields[EventField.argv]?.arrayValue?.compactMap(\.stringValue).joined(separator: " ") ?? "?"
            return Phrase.evSubprocess.text(["pid": number(e, "child_pid"), "argv": argv])
        case .subprocessExit:
            return Phrase.evSubprocessExit.text(["pid": number(e, "child_pid"), "code": number(e, "returncode")])
        case .processExec:
            // Stamped before the call: on success it never returns, and the lane goes on with the new program.
            let argv = e.fields[EventField.argv]?.arrayValue?.compactMap(\.stringValue).joined(separator: " ") ?? "?"
            let call = e.string(EventField.call) ?? "os.execv()"
            if let error = e.string(EventField.error) { return Phrase.evExecFailed.text(["call": call, "error": error]) }
            return Phrase.evExec.text(["call": call, "argv": argv])
        case .localCreate: return Phrase.evLocalCreate.text(["object": object])
        case .localSet:
            return Phrase.evLocalSet.text(["object": object, "attr": e.attr ?? "?", "value": e.string(EventField.value) ?? "?"])
        case .localGet:
            if e.bool(EventField.missing) == true { return Phrase.evLocalMissing.text(["object": object, "attr": e.attr ?? "?"]) }
            return Phrase.evLocalGet.text(["object": object, "attr": e.attr ?? "?", "arrow": painter.symbol("→", ascii: "->"),
                                           "value": e.string(EventField.value) ?? "?"])
        case .localDel: return Phrase.evLocalDel.text(["object": object, "attr": e.attr ?? "?"])
        case .sharedCreate: return sharedCreated(e)
        case .sharedRead:
            return Phrase.evSharedRead.text(["object": object + member(e), "arrow": painter.symbol("→", ascii: "->"), "value": e.string(EventField.value) ?? "?"])
                + (e.bool(EventField.view) == true ? Phrase.evSharedThroughView.text() : "")
        case .sharedWrite:
            if let wrapped = wrappedWriteRow(e, object + member(e)) { return wrapped }
            return Phrase.evSharedWrite.text(["object": object + member(e), "value": e.string(EventField.value) ?? "?"])
                + (e.bool(EventField.view) == true ? Phrase.evSharedThroughView.text() : "")
        case .sharedWriteError: return sharedWriteFailedRow(e, object)
        case .runTimeout: return Phrase.evWatchdog.text()
        case .runStopped, .runContinued: return RunStopWords.row(e)
        case .processParentAlive: return parentAlive(e)
        case .tracerMissing:
            let kinds = e[EventField.events]?.arrayValue?.compactMap(\.stringValue).joined(separator: Phrase.listComma.text()) ?? Phrase.evSomeEvents.text()
            // A patcher that raised on this Python: what it raised, as recorded, not "found no ..." (the module is there).
            if let error = e.string(EventField.error), let patch = e.string(EventField.patch) {
                return Phrase.evTracerPatchFailed.text(["patch": patch, "error": error, "kinds": kinds])
            }
            return Phrase.evTracerMissing.text(["patch": e.string(EventField.patch) ?? Phrase.evPatchPoint.text(), "kinds": kinds])
        case .executorCreate, .futureSubmit, .futureStart, .futureEnd, .futureCallback, .futureCallbackRun, .futureCallbackEnd,
             .futureResult, .futureWait, .futureWaited, .executorWait, .executorWaited:
            return futureRow(index, object)
        case .managerWait:
            return Phrase.evManagerWait.text(["object": object, "method": e.method ?? "?", "args": Self.arguments(e.args)])
        case .futureCancel: return cancelRow(index)
        case .futureRead: return futureReadRow(index)
        case .poolInit, .poolInitEnd, .executorInit, .executorInitEnd: return initializerRow(index)
        case .lockReleaseError: return releaseRaised(e, object)
        case .executorBroken, .executorShutdown: return futureRow(index, object)
        case .poolWait where (e.job ?? 0) < 0:
            return Phrase.evPoolWaitFinish.text(["object": object, "call": e.string(EventField.call) ?? "join()"])
        case .poolWait:
            if let method = PoolCallWords.iteratedMethod(e, unordered: timeline.isUnorderedJob(e)) {
                return Phrase.evIterationWaitTask.text(["method": method, "task": waitedTaskName(e)]) + waitLimit(e)
            }
            return Phrase.evPoolWaitTask.text(["call": PoolCallWords.call(e, unordered: timeline.isUnorderedJob(e)),
                                               "task": waitedTaskName(e)]) + waitLimit(e)
        case .poolWaited:
            return poolWaited(e, at: index)
        case .poolImapGiven:
            return imapGivenRow(e, at: index, object)
        case .poolImapUnread: return imapUnreadRow(e, at: index, object)
        case .poolImapLeft: return imapLeftRow(e, at: index, object)
        case .threadJoinWait, .threadJoin:
            return threadJoinRow(e)
        case .threadShutdownWait:
            // in a multiprocessing child Process._bootstrap() calls it after run(), not the interpreter's exit (round 24F)
            let child = timeline.process(pid: e.pid)?.role == "child"
            return (child ? Phrase.evThreadShutdownWaitChild : .evThreadShutdownWait).text(["threads": RunState.threadsAtExit(e)])
        case .threadShutdownWaited:
            return (e.ok == false ? Phrase.evThreadShutdownRaised : Phrase.evThreadShutdownWaited).text(["waited": waited(e)])
        case .connectionWait:
            // one object: "until X is ready", not "until one of X" (round 25)
            let one = e.int(EventField.objects) == 1 && e[EventField.what]?.arrayValue?.count == 1
            return (one ? Phrase.evConnectionWaitOne : .evConnectionWait).text(["what": RunState.connections(e)])
        case .listenerCreate, .listenerClose:
            return listenerLifeRow(e)
        case .lockUnpickled:
            return lockUnpickledRow(e)
        case .trackerRegister, .trackerUnregister:
            return (e.is(.trackerRegister) ? Phrase.evTrackerRegister : .evTrackerUnregister)
                .text(["rtype": e.string(EventField.rtype) ?? "?", "name": e.name ?? "?"])
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
        case ExitReconciler.exiting: return exitingRow(e)
        case .osState:
            return Phrase.evOSState.text(["state": Phrase.osState(e.state ?? "?"), "duration": Format.duration(ns: e.durationNs ?? 0)])
        default:
            return failedCallRow(e, index: index) ?? e.kind + (e.object.map { " " + $0 } ?? "")
        }
    }
}
