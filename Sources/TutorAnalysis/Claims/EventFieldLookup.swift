import TutorCore

/// What a field name means for an event, in claims, note selectors and note templates.
///
/// Besides the event's own fields: `process`, `thread`, `thread_role`, `pid`, `ppid`, `kind`, `object`,
/// `t` (seconds), `role` (the process's role), `parent` (the name of the parent process), `queued` (seconds a task waited in the task queue), and
/// for any `x_ns` field, `x` in seconds.
struct EventFieldLookup {
    let timeline: Timeline
    /// Made on the first question about a task: most runs' notes ask none, and a long map has a third of a million.
    private let tasks: TaskIndex

    init(_ timeline: Timeline) {
        self.timeline = timeline
        tasks = TaskIndex(timeline.tasks)
    }

    func value(_ field: String, of eventIndex: Int) -> JSONValue? {
        let event = timeline.events[eventIndex]
        switch field {
        case "process": return .string(event.process)
        case "thread": return .string(event.thread)
        case "thread_role": return .string(event.threadRole)
        case "pid": return .int(Int64(event.pid))
        case "ppid": return .int(Int64(event.ppid))
        case "kind": return .string(event.kind)
        case "object": return event.object.map(JSONValue.string)
        case "t": return .double(event.seconds)
        case "role": return .string(timeline.lane(of: eventIndex).role)
        case "parent": return timeline.process(pid: event.ppid).map { .string($0.name) }
        case "queued":
            return task(of: event)?.queuedNs.map { .double(Double($0) / 1e9) }
        default:
            if let own = event.fields[field] { return own }
            if let ns = event.int(field + "_ns") { return .double(Double(ns) / 1e9) }
            return nil
        }
    }

    func task(of event: TraceEvent) -> PoolTask? {
        guard let job = event.job else { return nil }
        return tasks.position(job: job, index: event.index ?? 0).map { timeline.tasks[$0] }
    }

    func matches(_ selector: EventSelector, _ eventIndex: Int) -> Bool {
        guard selector.matchesKind(timeline.events[eventIndex].kind) else { return false }
        guard let condition = selector.condition else { return true }
        let results = condition.tests.lazy.map { test in
            Self.compare(self.value(test.field, of: eventIndex), test.op, test.value.literal)
        }
        return condition.isDisjunction ? results.contains(true) : !results.contains(false)
    }

    static func compare(_ lhs: JSONValue?, _ op: ComparisonOperator, _ rhs: JSONValue?) -> Bool {
        guard let lhs, let rhs else { return false }
        if let a = lhs.doubleValue, let b = rhs.doubleValue {
            switch op {
            case .equal: return a == b
            case .notEqual: return a != b
            case .less: return a < b
            case .lessOrEqual: return a <= b
            case .greater: return a > b
            case .greaterOrEqual: return a >= b
            case .contains: return lhs.displayText.contains(rhs.displayText)
            case .notContains: return !lhs.displayText.contains(rhs.displayText)
            }
        }
        var a = lhs.displayText, b = rhs.displayText
        // A Bool shows as Python's True/False, but a check writes `ok == true`.
        if lhs.boolValue != nil || rhs.boolValue != nil { a = a.lowercased(); b = b.lowercased() }
        switch op {
        case .equal: return a == b
        case .notEqual: return a != b
        case .contains: return a.contains(b)
        case .notContains: return !a.contains(b)
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        }
    }
}

extension ClaimOperand {
    /// The operand as a plain value, for literals.
    var literal: JSONValue? {
        switch self {
        case let .number(n): n.rounded() == n && abs(n) < 9e15 ? .int(Int64(n)) : .double(n)
        case let .text(s): .string(s)
        case .metric, .aggregate: nil
        }
    }
}

/// The position of each task in a timeline's task list by job and chunk index, built when first asked.
private final class TaskIndex {
    private let tasks: [PoolTask]
    /// A job whose first tasks are chunks 0, 1, 2... in a row (a map's): those found by arithmetic, not hashed.
    private struct Run { var base: Int; var count: Int64 }
    private var runs: [Int64: Run] = [:]
    private var built = false
    private var positions: [TaskKey: Int] = [:]

    init(_ tasks: [PoolTask]) { self.tasks = tasks }

    func position(job: Int64, index: Int64) -> Int? {
        if !built { build() }
        if let run = runs[job], index >= 0, index < run.count { return run.base + Int(index) }
        return positions[TaskKey(job: job, index: index)]
    }

    /// One pass over the tasks (whose job and index are unique: `TimelineBuilder` makes one task per pair).
    private func build() {
        built = true
        var open: (job: Int64, run: Run)?
        func close() { if let o = open { runs[o.job] = o.run }; open = nil }
        for (i, task) in tasks.enumerated() {
            if var o = open, o.job == task.job, task.index == o.run.count, o.run.base + Int(o.run.count) == i {
                o.run.count += 1
                open = o
                continue
            }
            close()
            if task.index == 0, runs[task.job] == nil {
                open = (task.job, Run(base: i, count: 1))
            } else {
                positions[TaskKey(job: task.job, index: task.index)] = i
            }
        }
        close()
    }

    /// A struct key: an array key cost an allocation per task.
    private struct TaskKey: Hashable {
        var job: Int64
        var index: Int64
    }
}
