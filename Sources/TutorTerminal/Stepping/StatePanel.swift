import TutorCore
import TutorAnalysis

/// The state panel: every pool, queue, lock and process as it stood just after one event, in short
/// labelled lines ("pool", "queue", ...), each wrapped to the screen width.
struct StatePanel {
    let state: RunState
    let painter: Painter
    let width: Int
    /// Leave out multiprocessing's helper processes (forkserver, resource tracker).
    let hidesInfrastructure: Bool

    static let labelWidth = 10

    func lines() -> [String] {
        var rows: [(label: String, text: String)] = []
        for pool in state.pools { rows += poolRows(pool) }
        for queue in state.queues { rows.append(("queue", queueText(queue))) }
        for lock in state.locks { rows.append((lock.type.lowercased().contains("semaphore") ? "semaphore" : "lock", lockText(lock))) }
        for local in state.locals { rows.append(("local", localText(local))) }
        for object in state.shared { rows.append(("shared", sharedText(object))) }
        let processes = state.processes.filter { !(hidesInfrastructure && ["forkserver", "resource_tracker"].contains($0.role)) }
        let nameWidth = processes.map { $0.name.displayWidth + String($0.pid).count + 1 }.max() ?? 0
        for (offset, process) in processes.enumerated() {
            rows.append((offset == 0 ? "processes" : "", processText(process, nameWidth: nameWidth)))
        }
        if rows.isEmpty { rows.append(("", painter.paint("nothing has started yet", .dim))) }
        let indent = String(repeating: " ", count: Self.labelWidth + 2)
        return rows.flatMap { row in
            let label = painter.paint(row.label.padded(toWidth: Self.labelWidth), .bold)
            let wrapped = TextWrapper.wrap(row.text, width: width - 1, indent: indent, firstIndent: indent)
            // The label is added after wrapping: it is painted, and wrapping measures the indent only.
            return wrapped.enumerated().map { $0.offset == 0 ? " " + label + $0.element.dropFirst(Self.labelWidth + 1) : $0.element }
        }
    }
}

private extension StatePanel {
    /// A no-break space before the dot keeps it at the end of a line when the line wraps (ASCII output
    /// stays ASCII, so there a plain space).
    var dot: String { painter.symbol("\u{00A0}· ", ascii: " | ") }

    func poolRows(_ pool: RunState.Pool) -> [(label: String, text: String)] {
        let workers = pool.workers.map { worker in
            worker.task.map { "\(worker.name) " + painter.paint("runs \($0)", .green) } ?? "\(worker.name) " + painter.paint("idle", .dim)
        }
        let waiting = pool.waiting.isEmpty ? painter.paint("none waiting", .dim)
            : "\(pool.waiting.count) waiting: " + pool.waiting.map { $0.replacing("task ", with: "") }.joined(separator: " ")
        var results = "\(pool.resultsArrived) arrived\(dot)\(pool.callbacksRun) callback\(pool.callbacksRun == 1 ? "" : "s") run"
        if let running = pool.callbackRunning { results += dot + painter.paint("callback for \(running) running", .yellow) }
        let who = workers.isEmpty ? painter.paint("no worker started yet", .dim) : workers.joined(separator: dot)
        return [("pool", "\(pool.label): " + who), ("tasks", waiting), ("results", results)]
    }

    func queueText(_ queue: RunState.Queue) -> String {
        let bound = queue.maxsize.map { $0 > 0 ? "\(queue.items.count)/\($0)" : "\(queue.items.count), unbounded" } ?? "\(queue.items.count)"
        var text = "\(queue.label) (\(queue.type), \(bound)): "
        text += queue.items.isEmpty ? painter.paint("empty", .dim)
            : queue.items.map { $0.repr.truncated(toWidth: 24) }.joined(separator: " ")
        if !queue.blockedPutters.isEmpty { text += dot + painter.paint("put blocked: " + queue.blockedPutters.joined(separator: ", "), .red) }
        if !queue.blockedGetters.isEmpty { text += dot + painter.paint("get waiting: " + queue.blockedGetters.joined(separator: ", "), .yellow) }
        return text
    }

    func lockText(_ lock: RunState.Lock) -> String {
        var text = "\(lock.label) (\(lock.type)): "
        text += lock.holders.isEmpty ? painter.paint("free", .green)
            : "held by " + lock.holders.map { "\($0.who) since \(Format.seconds($0.since))" }.joined(separator: ", ")
        if !lock.waiters.isEmpty {
            text += dot + painter.paint("waiting: " + lock.waiters.map { "\($0.who) since \(Format.seconds($0.since))" }.joined(separator: ", "), .red)
        }
        return text
    }

    func localText(_ local: RunState.Local) -> String {
        let values = local.values.map { "\($0.who): \($0.attr) = \($0.value.truncated(toWidth: 24))" }
        return "\(local.label): " + (values.isEmpty ? painter.paint("nothing set in any live thread", .dim) : values.joined(separator: dot))
    }

    /// `Value#1 (c_int): value = 49 (wrote: Process-2)`: the last value the events showed of each part.
    func sharedText(_ object: RunState.Shared) -> String {
        var text = "\(object.label) (\(object.ctype)): "
        if object.members.isEmpty {
            text += "initially \(object.initial.truncated(toWidth: 24))"
        } else {
            text += object.members.map { m in
                return "\(m.attr) = \(m.value.truncated(toWidth: 24)) " + painter.paint("(\(m.how): \(m.by))", .dim)
            }.joined(separator: dot)
        }
        if !object.traced { text += dot + painter.paint("raw: reads and writes not traced", .dim) }
        return text
    }

    /// The process's activity, as the run state says.
    func activity(of process: RunState.Process) -> String { process.activity }

    func processText(_ process: RunState.Process, nameWidth: Int) -> String {
        let name = "\(process.name) \(process.pid)".padded(toWidth: nameWidth)
        guard let code = process.exitCode else { return name + "  " + activity(of: process) }
        let end = code < 0 ? "ended by \(Format.signalName(Int32(-code)))" : "exited, code \(code)"
        return name + "  " + painter.paint(end, code == 0 ? .dim : .red)
    }
}
