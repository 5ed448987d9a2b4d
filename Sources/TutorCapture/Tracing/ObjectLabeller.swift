import TutorCore

/// Turns the tracer's object keys (the same in every process) into labels a learner can read: `Lock#1`, `Queue#2`.
///
/// Labels are numbered per type in order of creation; an object first seen without its creation
/// record (created before tracing began) still gets a label, in order of first sight.
struct ObjectLabeller {
    private var labels: [String: String] = [:]
    private var counters: [String: Int] = [:]
    /// `labels` by the names' numbers, for the common event: an object already labelled, not being created.
    private var labelNames: [EventName: EventName] = [:]
    /// Whether a kind (by number) ends in `.create`.
    private var creates: [EventName: Bool] = [:]

    mutating func label(_ event: inout TraceEvent) {
        // A wait on futures of several executors names each work item's executor by key, like `object`.
        if event.is(.executorWait), let keys = event[EventField.executors]?.arrayValue {
            event.fields[EventField.executors] = .array(keys.map { key in key.stringValue.flatMap { labels[$0] }.map(JSONValue.string) ?? .null })
        }
        // connection.wait() names its objects: a traced connection by key, like `object`; other names stay as written.
        if event.is(.connectionWait) || event.is(.connectionWaited) || event.is(.connectionReady), let what = event[EventField.what]?.arrayValue {
            event.fields[EventField.what] = .array(what.map { item in item.stringValue.flatMap { labels[$0] }.map(JSONValue.string) ?? item })
        }
        if event.is(.processSpawn), let key = event.string(EventField.executor) {
            event.fields[EventField.executor] = labels[key].map(JSONValue.string) ?? .null
        }
        // A failed proxy call names its Manager: the proxy's key is `m<id>@<address>`, its manager's `M<address>`.
        if event.is(.managerCall), event.ok == false, let key = event.object, key.hasPrefix("m"),
           let at = key.firstIndex(of: "@"), let manager = labels["M" + key[key.index(after: at)...]] {
            event.fields[EventField.managerLabel] = .string(manager)
        }
        let objectName = event.objectName
        guard objectName != .none else { return }
        let creating: Bool
        if let known = creates[event.kindName] {
            creating = known
        } else {
            creating = event.kind.hasSuffix(".create")
            creates[event.kindName] = creating
        }
        if !creating, !event.is(.sharedCreate), let label = labelNames[objectName] {
            event.relabel(object: label)
            return
        }
        guard let key = event.object else { return }
        if event.kind.hasSuffix(".create") || labels[key] == nil {
            let type = event.objectType ?? Self.defaultType(forKind: event.kind)
            counters[type, default: 0] += 1
            let label = "\(type)#\(counters[type]!)"
            labels[key] = label
            labelNames[objectName] = EventName(label)
            if event.kind.hasSuffix(".create") { event.fields[EventField.key] = .string(key) }
        }
        event.object = labels[key]
        // A shared Value/Array names its lock by key; the lock was created (and labelled) just before it.
        if event.is(.sharedCreate), let lock = event.string(EventField.lock), let label = labels[lock] {
            event.fields[EventField.lockLabel] = .string(label)
        }
        // synchronized(raw) names the raw object it wraps by key, like `object`.
        if event.is(.sharedCreate), let raw = event.string(EventField.wraps) {
            event.fields[EventField.wraps] = labels[raw].map(JSONValue.string) ?? .null
        }
        // sharedctypes.copy(obj) names the object it copied (gaps 24A).
        if event.is(.sharedCreate), let original = event.string(EventField.copyOf) {
            event.fields[EventField.copyOf] = labels[original].map(JSONValue.string) ?? .null
        }
    }

    static func defaultType(forKind kind: String) -> String {
        let prefix = kind.split(separator: ".").first.map(String.init) ?? "Object"
        return prefix.prefix(1).uppercased() + prefix.dropFirst()
    }
}
