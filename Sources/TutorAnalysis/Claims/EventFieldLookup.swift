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
    private lazy var positions: [TaskKey: Int] = {
        var index: [TaskKey: Int] = [:]
        index.reserveCapacity(tasks.count)
        for (i, task) in tasks.enumerated() { index[TaskKey(job: task.job, index: task.index)] = i }
        return index
    }()

    init(_ tasks: [PoolTask]) { self.tasks = tasks }

    func position(job: Int64, index: Int64) -> Int? { positions[TaskKey(job: job, index: index)] }

    /// A struct key: an array key cost an allocation per task.
    private struct TaskKey: Hashable {
        var job: Int64
        var index: Int64
    }
}
