/// Says what one event means, in a few words, for a timeline row.
struct EventDescriber {
    let timeline: Timeline
    let painter: Painter

    func describe(_ index: Int) -> String {
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
            return "start() → \(e.string("name") ?? "child") pid \(e.int("child_pid").map(String.init) ?? "?")"
                + (e.bool("daemon") == true ? " (daemon)" : "")
        case EventKind.processExit:
            return ended(code: e.int("exitcode"), by: e.string("observed_by"))
        case EventKind.processReaped:
            return "sees \(e.string("name") ?? "child") end: exitcode \(e.int("exitcode").map(String.init) ?? "?")"
        case EventKind.processJoin:
            return "join(\(e.string("name") ?? "child")) returned" + waited(e)
        case EventKind.processKilled:
            return "stopped by mp-tutor"
        case EventKind.poolCreate:
            return "\(object) created: \(e.int("processes").map(String.init) ?? "?") workers"
        case EventKind.poolSubmit:
            let chunks = e.int("chunks") ?? 1
            let call = "\(e.string("func") ?? "?")(\(e.string("args") ?? ""))"
            return "\(e.string("method") ?? "submit") → task \(e.int("job") ?? 0)" + (chunks > 1 ? " (\(chunks) chunks)" : " \(call)")
        case EventKind.taskStart:
            return "\(painter.symbol("▶", ascii: ">")) \(taskName(e)) \(e.string("func") ?? "")(\(e.string("args") ?? ""))"
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
        case EventKind.queuePut: return "put \(e.string("item") ?? "?") on \(object)" + waited(e)
        case EventKind.queueGet: return "got \(e.string("item") ?? "?") from \(object)" + waited(e)
        case EventKind.lockCreate: return "\(object) created"
        case EventKind.lockWait: return "waits for \(object)"
        case EventKind.lockAcquire: return "acquired \(object)" + waited(e)
        case EventKind.lockRelease: return "released \(object)"
        case EventKind.print:
            let text = TextSanitizer.neutralize(e.string("text") ?? "", keepColors: painter.capabilities.color)
            return (e.string("stream") == "stderr" ? "stderr " : "print ") + "\"" + text + "\""
        case EventKind.runTimeout: return "watchdog: time is up"
        case "os.state": return "OS: \(e.string("state") ?? "?") for \(Format.duration(ns: e.int("duration_ns") ?? 0))"
        default:
            return e.kind + (e.object.map { " " + $0 } ?? "")
        }
    }

    func taskName(_ e: TraceEvent) -> String {
        let index = e.int("index") ?? 0
        return index == 0 ? "task \(e.int("job") ?? 0)" : "task \(e.int("job") ?? 0).\(index)"
    }

    func waited(_ e: TraceEvent) -> String {
        guard let ns = e.int("waited_ns"), ns >= 1_000_000 else { return "" }
        return " after \(Format.duration(ns: ns))"
    }

    func ended(code: Int64?, by observer: String?) -> String {
        guard let code else { return "ended" }
        if code < 0 { return "ended by \(Format.signalName(Int32(-code)))" }
        return "exited, code \(code)"
    }
}
