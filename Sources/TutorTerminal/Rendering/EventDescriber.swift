import TutorCore
import TutorAnalysis

/// Says what one event means, in a few words, for a timeline row.
struct EventDescriber {
    let timeline: Timeline
    let painter: Painter

    /// One line for an event: a newline inside a program's text (an exception message, an item's repr) is
    /// shown as `↵`, so it cannot break the row layout.
    func describe(_ index: Int) -> String {
        let text = describeEvent(index)
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .joined(separator: painter.symbol(" ↵ ", ascii: " \\n "))
    }

    private func describeEvent(_ index: Int) -> String {
        let e = timeline.events[index]
        let object = e.object ?? ""
        switch e.kind {
        case EventKind.processStart:
            switch e.string("role") {
            case "forkserver": return "forkserver started (pid \(e.pid))"
            case "resource_tracker": return "resource tracker started (pid \(e.pid))"
            case "main": return "started (pid \(e.pid))"
            default: return "\(e.process) started (pid \(e.pid), parent \(e.ppid))"
            }
        case EventKind.processSpawn:
            return "start() → \(e.string("name") ?? "child") pid \(e.childPid.map(String.init) ?? "?")"
                + (e.bool("daemon") == true ? " (daemon)" : "")
        case EventKind.processExit:
            return ended(code: e.exitCode, by: e.string("observed_by"))
        case EventKind.processReaped:
            return "sees \(e.string("name") ?? "child") end: exitcode \(e.exitCode.map(String.init) ?? "?")"
        case EventKind.processJoin:
            if e.bool("timed_out") == true {
                return "join(\(e.string("name") ?? "child"), timeout=\(e["timeout"]?.displayText ?? "?")) gave up" + waited(e)
                    + ": the child is still running"
            }
            return "join(\(e.string("name") ?? "child")) returned" + waited(e)
        case EventKind.processKilled:
            return "stopped by mp-tutor"
        case EventKind.poolCreate:
            return "\(object) created: \(e.int("processes").map(String.init) ?? "?") workers"
        case EventKind.poolSubmit:
            let chunks = e.int("chunks") ?? 1
            // apply_async's args are the call's argument tuple; a map's are its iterable, shown as given.
            let apply = e.string("method")?.hasPrefix("apply") == true
            let call = "\(e.string("func") ?? "?")(\(apply ? Self.arguments(e.string("args")) : e.string("args") ?? ""))"
            return "\(e.string("method") ?? "submit") → task \(e.job ?? 0)" + (chunks > 1 ? " (\(chunks) chunks)" : " \(call)")
        case EventKind.taskStart:
            return "\(painter.symbol("▶", ascii: ">")) \(taskName(e)) " + Self.call(e)
        case EventKind.taskEnd:
            return e.bool("ok") == false
                ? "\(painter.symbol("✗", ascii: "x")) \(taskName(e)) raised \(e.string("result") ?? "")"
                : "\(painter.symbol("✓", ascii: "v")) \(taskName(e)) \(painter.symbol("→", ascii: "->")) \(e.string("result") ?? "")"
        case EventKind.poolResult:
            return "result of \(taskName(e)) arrives" + (e.bool("ok") == false ? " (an exception)" : "")
        case EventKind.poolCallback:
            return (e.bool("error") == true ? "error_callback " : "callback ") + "\(e.string("func") ?? "")(result of \(taskName(e)))"
        case EventKind.poolCallbackEnd:
            return "callback for \(taskName(e)) returns"
        case EventKind.poolClose: return "\(object).close()"
        case EventKind.poolTerminate: return "\(object).terminate()"
        case EventKind.poolJoin: return "\(object).join() returned" + waited(e)
        case EventKind.queueCreate:
            let max = e.int("maxsize").map { $0 > 0 ? "maxsize \($0)" : "unbounded" } ?? ""
            return "\(object) created (\(e.string("type") ?? "Queue")\(max.isEmpty ? "" : ", " + max))"
        case EventKind.queuePut:
            // Only a put on a full queue blocks (a queue.wait before it); a slow put on an unbounded queue was starting
            // its feeder thread, so its time is stated, not called a wait.
            guard let ns = e.int("waited_ns"), ns >= 1_000_000 else { return "put \(e.string("item") ?? "?") on \(object)" }
            return "put \(e.string("item") ?? "?") on \(object) (the call took \(Format.duration(ns: ns)))"
        case EventKind.queueGet: return "got \(e.string("item") ?? "?") from \(object)" + waited(e)
        case EventKind.lockCreate:
            var about: [String] = []
            if e.bool("threading") == true { about.append("threading.\(e.string("type") ?? "Lock")") }
            if let value = e.int("value"), e.string("type")?.hasSuffix("Semaphore") == true { about.append("value \(value)") }
            return "\(object) created" + (about.isEmpty ? "" : " (" + about.joined(separator: ", ") + ")")
        case EventKind.lockWait: return "waits for \(object)"
        case EventKind.lockAcquire: return "acquired \(object)" + times(e) + waited(e)
        case EventKind.lockRelease: return "released \(object)" + times(e)
        case EventKind.print:
            let text = TextSanitizer.neutralize(e.string("text") ?? "", keepColors: painter.capabilities.color)
            // A partial line (no newline yet, recorded when it was flushed) ends with … : the line goes on.
            return (e.string("stream") == "stderr" ? "stderr " : "print ") + "\"" + text + "\""
                + (e.bool("partial") == true ? painter.symbol("…", ascii: "...") : "")
        case EventKind.processRun:
            return "calls \(e.string("name") ?? "process").run() directly: it runs here, not in a new process"
        case EventKind.processRunEnd:
            let code = e.exitCode ?? 0
            return "run() " + (code == 0 ? "returned" : "ended with exit code \(code)")
                + (e.bool("direct") == true ? "" : "; cleaning up before exit")
        case EventKind.processJoinWait where e.bool("implicit") == true:
            return "at exit, multiprocessing joins \(e.string("name") ?? "child") (the program did not): waits for it to end"
        case EventKind.processJoinWait:
            return "waits in join(\(e.string("name") ?? "child"))" + timeout(e)
        case EventKind.processTerminate:
            return "terminate() \(e.string("name") ?? "child") (SIGTERM to pid \(e.childPid.map(String.init) ?? "?"))"
        case EventKind.processKill:
            return "kill() \(e.string("name") ?? "child") (SIGKILL to pid \(e.childPid.map(String.init) ?? "?"))"
        case EventKind.processError:
            return "\(e.string("op") ?? "call")() failed: \(e.string("error") ?? "error")"
        case EventKind.poolGet:
            return e.bool("ok") == false
                ? "get() of \(taskName(e)) raised \(e.string("error") ?? "an exception")" + waited(e)
                : "get() of \(taskName(e)) returned" + waited(e)
        case EventKind.queueWait:
            return e.string("op") == "put" ? "waits to put on \(object) (full)" : "waits to get from \(object) (empty)"
        case EventKind.queueTimeout:
            return "\(e.string("op") ?? "get") on \(object) timed out" + waited(e)
                + (e.string("op") == "put" ? " (Full)" : " (Empty)")
        case EventKind.lockTimeout: return "gave up waiting for \(object)" + waited(e)
        case EventKind.queueEmpty: return "get_nowait on \(object): Empty"
        case EventKind.queueFull: return "put_nowait on \(object): Full"
        case EventKind.queueTaskDone:
            return "task_done() on \(object)" + (e.int("unfinished").map { " (\($0) unfinished)" } ?? "")
        case EventKind.queueJoinWait: return "waits in \(object).join() for task_done()"
        case EventKind.queueJoin: return "\(object).join() returned" + waited(e)
        case EventKind.eventCreate, EventKind.conditionCreate, EventKind.pipeCreate:
            return "\(object) created" + (e.bool("threading") == true ? " (threading.\(e.kind == EventKind.eventCreate ? "Event" : "Condition"))" : "")
        case EventKind.eventSet: return "set \(object)"
        case EventKind.eventClear: return "clear \(object)"
        case EventKind.eventWait, EventKind.conditionWait: return "waits for \(object)" + timeout(e)
        case EventKind.eventWake, EventKind.conditionWake:
            let why = e.kind == EventKind.eventWake ? "set" : "notified"
            let ns = e.int("waited_ns") ?? 0
            if e.kind == EventKind.eventWake, ns < 1_000_000, e.bool("outcome") == true { return "passes \(object) (already set)" }
            return "woke after \(Format.duration(ns: ns)) (" + (e.bool("outcome") == false ? "timed out" : why) + ")"
        case EventKind.conditionNotify:
            return e.bool("all") == true ? "notify_all() on \(object)" : "notify(\(e.int("count").map(String.init) ?? "1")) on \(object)"
        case EventKind.barrierCreate:
            return "\(object) created: \(e.int("parties").map(String.init) ?? "?") parties" + (e.bool("threading") == true ? " (threading.Barrier)" : "")
        case EventKind.barrierWait: return "waits at \(object)"
        case EventKind.barrierWake:
            if e.bool("broken") == true { return "\(object) broken" + waited(e) }
            return e.bool("last") == true ? "arrives last at \(object): releases everyone" : "passes \(object)" + waited(e)
        case EventKind.pipeSend: return "send \(e.string("item") ?? "?") on \(object) end \(e.string("end") ?? "?")"
        case EventKind.pipeRecv:
            if let error = e.string("error") { return "recv on \(object) end \(e.string("end") ?? "?"): \(error)" }
            return "recv \(e.string("item") ?? "?") on \(object) end \(e.string("end") ?? "?")" + waited(e)
        case EventKind.pipeWait: return "waits to recv on \(object) end \(e.string("end") ?? "?")"
        case EventKind.pipePoll:
            return "poll \(object) end \(e.string("end") ?? "?"): " + (e.bool("ready") == true ? "data ready" : "nothing") + waited(e)
        case EventKind.managerCreate:
            return "\(object) started: server pid \(e.int("server_pid").map(String.init) ?? "?")"
        case EventKind.managerConnect:
            return e.bool("ok") == false ? "connect to \(object) refused: \(e.string("error") ?? "error")" : "connected to \(object)"
        case EventKind.managerCall:
            let result = e.string("result").map { " \(painter.symbol("→", ascii: "->")) \($0)" } ?? ""
            return "\(object).\(e.string("method") ?? "?")(\(Self.arguments(e.string("args"))))" + (e.bool("ok") == false ? " raised" : result)
                + " (round trip to the manager" + (waited(e).isEmpty ? ")" : "," + waited(e) + ")")
        case EventKind.connectionRefused: return "refuses a client: \(e.string("error") ?? "wrong authkey")"
        case EventKind.processStartMethod: return "set_start_method(\"\(e.string("method") ?? "?")\")"
        case EventKind.threadStart:
            return "starts thread \(e.string("name") ?? "?")" + (e.bool("infra") == true ? " (multiprocessing's own)" : "")
        case EventKind.threadExit: return "thread \(e.string("name") ?? "?") ends"
        case EventKind.subprocessSpawn:
            let argv = e.fields["argv"]?.arrayValue?.compactMap(\.stringValue).joined(separator: " ") ?? "?"
            return "subprocess pid \(e.childPid.map(String.init) ?? "?"): \(argv)"
        case EventKind.subprocessExit:
            return "subprocess pid \(e.childPid.map(String.init) ?? "?") exited, code \(e.int("returncode").map(String.init) ?? "?")"
        case EventKind.localCreate: return "\(object) created (threading.local: a value per thread)"
        case EventKind.localSet: return "sets \(object).\(e.string("attr") ?? "?") = \(e.string("value") ?? "?") (this thread's)"
        case EventKind.localGet:
            if e.bool("missing") == true { return "reads \(object).\(e.string("attr") ?? "?"): not set in this thread (AttributeError)" }
            return "reads \(object).\(e.string("attr") ?? "?") \(painter.symbol("→", ascii: "->")) \(e.string("value") ?? "?")"
        case EventKind.localDel: return "deletes \(object).\(e.string("attr") ?? "?") (this thread's)"
        case EventKind.sharedCreate: return sharedCreated(e)
        case EventKind.sharedRead:
            return "read \(object)\(member(e)) \(painter.symbol("→", ascii: "->")) \(e.string("value") ?? "?")"
        case EventKind.sharedWrite: return "wrote \(e.string("value") ?? "?") to \(object)\(member(e))"
        case EventKind.runTimeout: return "watchdog: time is up"
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
            return "began to exit (code \(e.int("exitcode").map(String.init) ?? "?")), but was ended otherwise before it could: see its parent"
        case "os.state": return "OS: \(e.string("state") ?? "?") for \(Format.duration(ns: e.int("duration_ns") ?? 0))"
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
        if e.bool("lock") == false { return "\(e.object ?? "") created (\(initial); raw: no lock, reads and writes not traced)" }
        let lock = e.string("lock_label").map { "lock \($0)" } ?? "with a lock"
        return "\(e.object ?? "") created (\(initial), \(lock)\(e.bool("user_lock") == true ? ", passed by the program" : ""))"
    }

    func waited(_ e: TraceEvent) -> String {
        guard let ns = e.int("waited_ns"), ns >= 1_000_000 else { return "" }
        return " after \(Format.duration(ns: ns))"
    }

    /// " ×2" when one call took or gave back several levels or units (`count`): an RLock's wait() inside a
    /// Condition, Semaphore.release(n).
    func times(_ e: TraceEvent) -> String {
        guard let count = e.int("count"), count != 1 else { return "" }
        return " \(painter.symbol("×", ascii: "x"))\(count)"
    }

    func timeout(_ e: TraceEvent) -> String {
        guard let seconds = e.fields["timeout"]?.doubleValue else { return "" }
        return " (timeout \(Format.duration(seconds)))"
    }

    func ended(code: Int64?, by observer: String?) -> String {
        guard let code else { return "ended" }
        if code < 0 { return "ended by \(Format.signalName(Int32(-code)))" }
        return "exited, code \(code)"
    }
}
