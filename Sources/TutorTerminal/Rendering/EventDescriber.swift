import TutorCore
import TutorAnalysis

/// Says what one event means, in a few words, for a timeline row, in the current language.
public struct EventDescriber: Sendable {
    let timeline: Timeline
    let painter: Painter

    public init(timeline: Timeline, painter: Painter) {
        self.timeline = timeline
        self.painter = painter
    }

    /// Event `index` of the timeline in a few words, on one line: a newline inside a program's text
    /// (an exception message, an item's repr) is shown as `↵`, so it cannot break the row layout.
    public func describe(_ index: Int) -> String {
        let text = describeEvent(index)
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .joined(separator: painter.symbol(" ↵ ", ascii: " \\n "))
    }

    private func describeEvent(_ index: Int) -> String {
        let e = timeline.events[index]
        let object = e.object ?? ""
        let child = e.string("name") ?? Phrase.evChild.text()
        switch e.kind {
        case EventKind.processStart:
            switch e.string("role") {
            case "forkserver": return Phrase.evStartedForkserver.text(["pid": e.pid])
            case "resource_tracker": return Phrase.evStartedTracker.text(["pid": e.pid])
            case "main": return Phrase.evStartedMain.text(["pid": e.pid])
            default: return Phrase.evStartedChild.text(["process": e.process, "pid": e.pid, "ppid": e.ppid])
            }
        case EventKind.processSpawn:
            return Phrase.evSpawn.text(["name": child, "pid": number(e, "child_pid")])
                + (e.bool("daemon") == true ? Phrase.evDaemonMark.text() : "")
        case EventKind.processExit:
            return ended(code: e.int("exitcode"))
        case EventKind.processReaped:
            return Phrase.evReaped.text(["name": child, "code": number(e, "exitcode")])
        case EventKind.processJoin:
            if e.bool("timed_out") == true {
                return "join(\(child), timeout=\(e["timeout"]?.displayText ?? "?")) gave up" + waited(e) + ": the child is still running"
            }
            return Phrase.evJoin.text(["name": child, "waited": waited(e)])
        case EventKind.processKilled:
            return Phrase.evKilled.text()
        case EventKind.poolCreate:
            return Phrase.evPoolCreate.text(["object": object, "n": number(e, "processes")])
        case EventKind.poolSubmit:
            let chunks = e.int("chunks") ?? 1
            // apply_async's args are the call's argument tuple; a map's are its iterable, shown as given.
            let apply = e.string("method")?.hasPrefix("apply") == true
            let call = "\(e.string("func") ?? "?")(\(apply ? Self.arguments(e.string("args")) : e.string("args") ?? ""))"
            return Phrase.evSubmit.text(["method": e.string("method") ?? "submit", "job": e.int("job") ?? 0,
                                         "rest": chunks > 1 ? Phrase.evChunks.text(["n": chunks]) : " " + call])
        case EventKind.taskStart:
            return "\(painter.symbol("▶", ascii: ">")) \(taskName(e)) " + Self.call(e)
        case EventKind.taskEnd:
            return e.bool("ok") == false
                ? Phrase.evTaskRaised.text(["mark": painter.symbol("✗", ascii: "x"), "task": taskName(e), "result": e.string("result") ?? ""])
                : "\(painter.symbol("✓", ascii: "v")) \(taskName(e)) \(painter.symbol("→", ascii: "->")) \(e.string("result") ?? "")"
        case EventKind.poolResult:
            return Phrase.evResult.text(["task": taskName(e), "exception": e.bool("ok") == false ? Phrase.evAnExceptionMark.text() : ""])
        case EventKind.poolCallback:
            return Phrase.evCallback.text(["which": e.bool("error") == true ? "error_callback" : "callback", "func": e.string("func") ?? "",
                                           "task": taskName(e)])
        case EventKind.poolCallbackEnd:
            return Phrase.evCallbackEnd.text(["task": taskName(e)])
        case EventKind.poolClose: return "\(object).close()"
        case EventKind.poolTerminate: return "\(object).terminate()"
        case EventKind.poolJoin, EventKind.queueJoin: return Phrase.evObjectJoin.text(["object": object, "waited": waited(e)])
        case EventKind.queueCreate:
            let max = e.int("maxsize").map { $0 > 0 ? Phrase.evMaxsize.text(["n": $0]) : Phrase.evUnbounded.text() } ?? ""
            return Phrase.evCreated.text(["object": object]) + Phrase.evParenthesized.text(["text": (e.string("type") ?? "Queue") + max])
        case EventKind.queuePut:
            // Only a put on a full queue blocks (a queue.wait before it); a slow put on an unbounded queue was starting
            // its feeder thread, so its time is stated, not called a wait.
            let took = (e.int("waited_ns") ?? 0) >= 1_000_000 ? " (the call took \(Format.duration(ns: e.int("waited_ns") ?? 0)))" : ""
            return Phrase.evPut.text(["item": e.string("item") ?? "?", "object": object, "waited": ""]) + took
        case EventKind.queueGet: return Phrase.evGet.text(["item": e.string("item") ?? "?", "object": object, "waited": waited(e)])
        case EventKind.lockCreate:
            var about: [String] = []
            if e.bool("threading") == true { about.append("threading.\(e.string("type") ?? "Lock")") }
            if let value = e.int("value"), e.string("type")?.hasSuffix("Semaphore") == true { about.append(Phrase.evValue.text(["n": value])) }
            return Phrase.evCreated.text(["object": object])
                + (about.isEmpty ? "" : Phrase.evParenthesized.text(["text": about.joined(separator: Phrase.evComma.text())]))
        case EventKind.lockWait: return Phrase.evWaitsFor.text(["object": object, "timeout": ""])
        case EventKind.lockAcquire: return Phrase.evAcquire.text(["object": object, "times": times(e), "waited": waited(e)])
        case EventKind.lockRelease: return Phrase.evRelease.text(["object": object, "times": times(e)])
        case EventKind.print:
            let text = TextSanitizer.neutralize(e.string("text") ?? "", keepColors: painter.capabilities.color)
            // A partial line (no newline yet, recorded when it was flushed) ends with … : the line goes on.
            return (e.string("stream") == "stderr" ? "stderr " : "print ") + "\"" + text + "\""
                + (e.bool("partial") == true ? Phrase.evNoNewline.text() : "")
        case EventKind.processRun:
            return Phrase.evRunDirect.text(["name": e.string("name") ?? "process"])
        case EventKind.processRunEnd:
            let code = e.int("exitcode") ?? 0
            return (code == 0 ? Phrase.evRunReturned.text() : Phrase.evRunEndedCode.text(["code": code]))
                + (e.bool("direct") == true ? "" : Phrase.evCleaningUp.text())
        case EventKind.processJoinWait where e.bool("implicit") == true:
            return "at exit, multiprocessing joins \(child) (the program did not): waits for it to end"
        case EventKind.processJoinWait:
            return Phrase.evJoinWait.text(["name": child, "timeout": timeout(e)])
        case EventKind.processTerminate:
            return Phrase.evTerminate.text(["name": child, "pid": number(e, "child_pid")])
        case EventKind.processKill:
            return Phrase.evKill.text(["name": child, "pid": number(e, "child_pid")])
        case EventKind.processError:
            return Phrase.evError.text(["op": e.string("op") ?? "call", "error": e.string("error") ?? "error"])
        case EventKind.poolGet:
            return e.bool("ok") == false
                ? Phrase.evGetRaised.text(["task": taskName(e), "error": e.string("error") ?? Phrase.evAnException.text(), "waited": waited(e)])
                : Phrase.evGetReturned.text(["task": taskName(e), "waited": waited(e)])
        case EventKind.queueWait:
            return e.string("op") == "put" ? Phrase.evQueueWaitPut.text(["object": object]) : Phrase.evQueueWaitGet.text(["object": object])
        case EventKind.queueTimeout:
            return Phrase.evQueueTimeout.text(["op": e.string("op") ?? "get", "object": object, "waited": waited(e)])
                + Phrase.evParenthesized.text(["text": e.string("op") == "put" ? "Full" : "Empty"])
        case EventKind.lockTimeout: return Phrase.evLockTimeout.text(["object": object, "waited": waited(e)])
        case EventKind.queueEmpty: return Phrase.evQueueEmpty.text(["object": object])
        case EventKind.queueFull: return Phrase.evQueueFull.text(["object": object])
        case EventKind.queueTaskDone:
            return Phrase.evTaskDone.text(["object": object]) + (e.int("unfinished").map { Phrase.evUnfinished.text(["n": $0]) } ?? "")
        case EventKind.queueJoinWait: return Phrase.evQueueJoinWait.text(["object": object])
        case EventKind.eventCreate, EventKind.conditionCreate, EventKind.pipeCreate:
            return Phrase.evCreated.text(["object": object]) + (e.bool("threading") == true
                ? Phrase.evParenthesized.text(["text": "threading." + (e.kind == EventKind.eventCreate ? "Event" : "Condition")]) : "")
        case EventKind.eventSet: return Phrase.evEventSet.text(["object": object])
        case EventKind.eventClear: return Phrase.evEventClear.text(["object": object])
        case EventKind.eventWait, EventKind.conditionWait: return Phrase.evWaitsFor.text(["object": object, "timeout": timeout(e)])
        case EventKind.eventWake, EventKind.conditionWake:
            let why = e.kind == EventKind.eventWake ? Phrase.evWhySet.text() : Phrase.evWhyNotified.text()
            let ns = e.int("waited_ns") ?? 0
            if e.kind == EventKind.eventWake, ns < 1_000_000, e.bool("outcome") == true { return Phrase.evPassesSet.text(["object": object]) }
            return Phrase.evWoke.text(["duration": Format.duration(ns: ns), "why": e.bool("outcome") == false ? Phrase.evWhyTimedOut.text() : why])
        case EventKind.conditionNotify:
            return e.bool("all") == true ? Phrase.evNotifyAll.text(["object": object])
                : Phrase.evNotify.text(["object": object, "n": e.int("count").map(String.init) ?? "1"])
        case EventKind.barrierCreate:
            return Phrase.evBarrierCreate.text(["object": object, "n": number(e, "parties")])
                + (e.bool("threading") == true ? Phrase.evParenthesized.text(["text": "threading.Barrier"]) : "")
        case EventKind.barrierWait: return Phrase.evBarrierWait.text(["object": object])
        case EventKind.barrierWake:
            if e.bool("broken") == true { return Phrase.evBarrierBroken.text(["object": object, "waited": waited(e)]) }
            return e.bool("last") == true ? Phrase.evBarrierLast.text(["object": object])
                : Phrase.evBarrierPass.text(["object": object, "waited": waited(e)])
        case EventKind.pipeSend: return Phrase.evPipeSend.text(["item": e.string("item") ?? "?", "object": object, "end": e.string("end") ?? "?"])
        case EventKind.pipeRecv:
            if let error = e.string("error") {
                return Phrase.evPipeRecvError.text(["object": object, "end": e.string("end") ?? "?", "error": error])
            }
            return Phrase.evPipeRecv.text(["item": e.string("item") ?? "?", "object": object, "end": e.string("end") ?? "?", "waited": waited(e)])
        case EventKind.pipeWait: return Phrase.evPipeWait.text(["object": object, "end": e.string("end") ?? "?"])
        case EventKind.pipePoll:
            return Phrase.evPipePoll.text(["object": object, "end": e.string("end") ?? "?", "waited": waited(e),
                                           "what": e.bool("ready") == true ? Phrase.evDataReady.text() : Phrase.evNothing.text()])
        case EventKind.managerCreate:
            return Phrase.evManagerCreate.text(["object": object, "pid": number(e, "server_pid")])
        case EventKind.managerConnect:
            return e.bool("ok") == false ? Phrase.evManagerRefused.text(["object": object, "error": e.string("error") ?? "error"])
                : Phrase.evManagerConnected.text(["object": object])
        case EventKind.managerCall:
            let result = e.string("result").map { " \(painter.symbol("→", ascii: "->")) \($0)" } ?? ""
            return "\(object).\(e.string("method") ?? "?")(\(Self.arguments(e.string("args"))))" + (e.bool("ok") == false ? " raised" : result)
                + " (round trip to the manager" + (waited(e).isEmpty ? ")" : "," + waited(e) + ")")
        case EventKind.connectionRefused:
            return Phrase.evRefuses.text(["error": e.string("error") ?? Phrase.evWrongAuthkey.text()])
        case EventKind.processStartMethod: return "set_start_method(\"\(e.string("method") ?? "?")\")"
        case EventKind.threadStart:
            return Phrase.evThreadStart.text(["name": e.string("name") ?? "?"]) + (e.bool("infra") == true ? Phrase.evInfraThread.text() : "")
        case EventKind.threadExit: return Phrase.evThreadExit.text(["name": e.string("name") ?? "?"])
        case EventKind.subprocessSpawn:
            let argv = e.fields["argv"]?.arrayValue?.compactMap(\.stringValue).joined(separator: " ") ?? "?"
            return Phrase.evSubprocess.text(["pid": number(e, "child_pid"), "argv": argv])
        case EventKind.subprocessExit:
            return Phrase.evSubprocessExit.text(["pid": number(e, "child_pid"), "code": number(e, "returncode")])
        case EventKind.localCreate: return Phrase.evLocalCreate.text(["object": object])
        case EventKind.localSet:
            return Phrase.evLocalSet.text(["object": object, "attr": e.string("attr") ?? "?", "value": e.string("value") ?? "?"])
        case EventKind.localGet:
            if e.bool("missing") == true { return Phrase.evLocalMissing.text(["object": object, "attr": e.string("attr") ?? "?"]) }
            return Phrase.evLocalGet.text(["object": object, "attr": e.string("attr") ?? "?", "arrow": painter.symbol("→", ascii: "->"),
                                           "value": e.string("value") ?? "?"])
        case EventKind.localDel: return Phrase.evLocalDel.text(["object": object, "attr": e.string("attr") ?? "?"])
        case EventKind.sharedCreate: return sharedCreated(e)
        case EventKind.sharedRead:
            return Phrase.evSharedRead.text(["object": object + member(e), "arrow": painter.symbol("→", ascii: "->"), "value": e.string("value") ?? "?"])
        case EventKind.sharedWrite: return Phrase.evSharedWrite.text(["object": object + member(e), "value": e.string("value") ?? "?"])
        case EventKind.runTimeout: return Phrase.evWatchdog.text()
        case EventKind.tracerMissing:
            let kinds = e["events"]?.arrayValue?.compactMap(\.stringValue).joined(separator: ", ") ?? "some events"
            return "the tracer found no \(e.string("patch") ?? "patch point") in this Python: \(kinds) could not be recorded"
        case EventKind.executorCreate:
            return "\(object) created: max_workers \(e.int("max_workers").map(String.init) ?? "?")"
        case EventKind.futureSubmit:
            return "\(e.string("method") ?? "submit") → work item \(e.int("work") ?? 0) " + Self.workCall(e)
        case EventKind.futureStart:
            return "\(painter.symbol("▶", ascii: ">")) work item \(e.int("work") ?? 0) " + Self.workCall(e)
        case EventKind.futureEnd:
            return e.bool("ok") == false
                ? "\(painter.symbol("✗", ascii: "x")) work item \(e.int("work") ?? 0) raised \(e.string("result") ?? "")"
                : "\(painter.symbol("✓", ascii: "v")) work item \(e.int("work") ?? 0) \(painter.symbol("→", ascii: "->")) \(e.string("result") ?? "")"
        case EventKind.futureResult:
            return "result of work item \(e.int("work") ?? 0) arrives, sets its Future"
                + (e.bool("ok") == false ? " (an exception: \(e.string("error") ?? "?"))" : "")
        case EventKind.futureWait:
            return "waits in \(e.string("call") ?? "result()") of work item \(e.int("work") ?? 0)"
        case EventKind.futureWaited:
            return "\(e.string("call") ?? "result()") of work item \(e.int("work") ?? 0) "
                + (e.bool("ok") == false ? "raised \(e.string("error") ?? "?")" : "returned") + waited(e)
        case EventKind.executorWait:
            return Phrase.evExecutorWait.text(["call": e.string("call") ?? "wait()", "what": RunState.severalWorkItems(e)])
        case EventKind.executorWaited:
            let pending = e.int("pending") ?? -1
            let left = pending > 0 ? Phrase.evStillPending.text(["n": pending]) : ""
            return (e.bool("ok") == false ? Phrase.evExecutorGaveUp : Phrase.evExecutorWaited)
                .text(["call": e.string("call") ?? "wait()", "waited": waited(e), "pending": left])
        case EventKind.managerWait:
            return Phrase.evManagerWait.text(["object": object, "method": e.string("method") ?? "?", "args": Self.arguments(e.string("args"))])
        case EventKind.executorBroken:
            return "\(object) is broken: \(e.int("pending") ?? 0) pending work item(s) fail with BrokenProcessPool"
        case EventKind.executorShutdown:
            return "\(object).shutdown(wait=\(e.bool("wait") == false ? "False" : "True")) returned" + waited(e)
        case EventKind.poolWait where (e.int("job") ?? 0) < 0:
            return "waits in \(object).\(e.string("call") ?? "join()") for the pool to finish (every result collected, then every worker ended)"
        case EventKind.poolWait:
            return "waits in \(e.string("call") ?? "get()") for \(taskName(e))"
        case EventKind.poolWaited:
            return "\(e.string("call") ?? "wait()") for \(taskName(e)) returned" + waited(e)
        case ExitReconciler.exiting:
            // One process, one exit: the row says what really ended it, as its parent saw.
            let code = e.int("exitcode").map(String.init) ?? "?"
            guard let real = timeline.events.first(where: { $0.kind == EventKind.processReaped && $0.int("child_pid") == Int64(e.pid) })?
                .int("exitcode") else { return Phrase.evExitingUnseen.text(["code": code]) }
            return real < 0 ? Phrase.evExitingSignal.text(["code": code, "signal": Format.signalName(Int32(-real)), "real": real])
                : Phrase.evExitingOther.text(["code": code, "real": real])
        case "os.state":
            return Phrase.evOSState.text(["state": Phrase.osState(e.string("state") ?? "?"), "duration": Format.duration(ns: e.int("duration_ns") ?? 0)])
        default:
            return e.kind + (e.object.map { " " + $0 } ?? "")
        }
    }

    /// `f(1, 2)` for a call's arguments (recorded as a tuple); `f × 3 items: 0, 1, 2` for a chunk of a map
    /// (`items` on the event). An old transcript without `items` shows the recorded arguments as they are.
    static func call(_ e: TraceEvent) -> String {
        let function = e.string("func") ?? ""
        if let items = e.int("items") {
            return "\(function) × \(items) item\(items == 1 ? "" : "s"): \(arguments(e.string("args")))"
        }
        if e.bool("call") == true { return "\(function)(\(arguments(e.string("args"))))" }
        return "\(function)(\(e.string("args") ?? ""))"
    }

    /// `cube(2)` for a submit(); `cube × 2 items: 5, 6` for a chunk of ProcessPoolExecutor.map.
    static func workCall(_ e: TraceEvent) -> String {
        let function = e.string("func") ?? "?"
        if let items = e.int("items") { return "\(function) × \(items) item\(items == 1 ? "" : "s"): \(arguments(e.string("args")))" }
        return "\(function)(\(arguments(e.string("args"))))"
    }

    /// `(1, 2)` → `1, 2`: see `CallArguments`.
    static func arguments(_ tuple: String?) -> String { CallArguments.inner(tuple) }

    func taskName(_ e: TraceEvent) -> String {
        let index = e.int("index") ?? 0
        return index == 0 ? "task \(e.job ?? 0)" : "task \(e.job ?? 0).\(index)"
    }
}

private extension EventDescriber {
    func number(_ e: TraceEvent, _ field: String) -> String { e.int(field).map(String.init) ?? "?" }

    /// `.value`, `.x` or `[3]`: the part of a shared object an access touched.
    func member(_ e: TraceEvent) -> String {
        guard let attr = e.string("attr") else { return "" }
        return attr.hasPrefix("[") ? attr : "." + attr
    }

    /// `Value#1 created (c_int = 0, lock RLock#1)`; a raw object says that its accesses are not seen.
    func sharedCreated(_ e: TraceEvent) -> String {
        let ctype = e.string("ctype") ?? "?"
        let what = e.int("length").map { "\(ctype)[\($0)]" } ?? ctype
        let initial = "\(what) = \(e.string("value") ?? "?")"
        if e.bool("lock") == false { return Phrase.evSharedRaw.text(["object": e.object ?? "", "initial": initial]) }
        let lock = e.string("lock_label").map { Phrase.evLockLabel.text(["label": $0]) } ?? Phrase.evWithALock.text()
        return Phrase.evSharedLocked.text(["object": e.object ?? "", "initial": initial, "lock": lock,
                                           "user": e.bool("user_lock") == true ? Phrase.evPassedByProgram.text() : ""])
    }

    func waited(_ e: TraceEvent) -> String {
        guard let ns = e.int("waited_ns"), ns >= 1_000_000 else { return "" }
        return Phrase.evAfter.text(["duration": Format.duration(ns: ns)])
    }

    /// " ×2" when one call took or gave back several levels or units (`count`): an RLock's wait() inside a
    /// Condition, Semaphore.release(n).
    func times(_ e: TraceEvent) -> String {
        guard let count = e.int("count"), count != 1 else { return "" }
        return " \(painter.symbol("×", ascii: "x"))\(count)"
    }

    func timeout(_ e: TraceEvent) -> String {
        guard let seconds = e.fields["timeout"]?.doubleValue else { return "" }
        return Phrase.evTimeout.text(["duration": Format.duration(seconds)])
    }

    func ended(code: Int64?) -> String {
        guard let code else { return Phrase.evEnded.text() }
        if code < 0 { return Phrase.evEndedBy.text(["signal": Format.signalName(Int32(-code))]) }
        return Phrase.evExited.text(["code": code])
    }
}
