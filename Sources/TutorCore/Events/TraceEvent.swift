/// One thing that happened in one process of a run: the unit of every transcript and timeline.
///
/// The fixed attribution fields are stored properties, the names among them as numbers in `EventNames`
/// (read as strings through `process`, `thread`, `kind`, `object`); everything specific to a kind
/// (`job`, `exitcode`, `item`, `text`, ...) lives in `fields`, as written in the transcript.
/// Every string is in `TextSanitizer.line` form.
public struct TraceEvent: Sendable, Equatable {
    /// Position in the run, 1-based, in time order.
    public var seq: Int
    /// Nanoseconds since the run started.
    public var t: Int64
    public var pid: Int32
    public var ppid: Int32
    /// The names, as numbers in `EventNames` (sanitized there, once per distinct name): an event holds no
    /// string of its own, so copying one costs one reference (its `fields`), and names compare as integers.
    public private(set) var processName: EventName
    public private(set) var threadName: EventName
    public private(set) var kindName: EventName
    /// `EventName.none` when the event has no object.
    public private(set) var objectName: EventName
    /// The kind when mp-tutor knows it, resolved once per distinct kind; nil for a kind from a newer tracer.
    public private(set) var known: EventKind?
    /// The kind's own fields: `fieldCount` members from `fieldOffset` in a store shared with other events. Held
    /// without a count: no store is ever freed (`EventFieldStore`), so an event is plain numbers and copying one
    /// is copying its bytes (a counted store made every copy an outlined copy, a retain and a release: 12% of
    /// replaying a long run's instructions, every pass copying every event).
    private(set) var fieldStore: Unmanaged<EventFieldStore>
    private(set) var fieldOffset: UInt32
    private(set) var fieldCount: UInt32

    /// The kind's own fields, in order (made from the shared store on each read: use `subscript`, `int`,
    /// `string`, `bool` to read one field).
    public var fields: JSONObject {
        get {
            var members: [(String, JSONValue)] = []
            members.reserveCapacity(Int(fieldCount))
            withStore { store in for slot in fieldSlots { members.append((store.key(slot).text, store.value(slot))) } }
            return JSONObject(members)
        }
        set { setFields(Self.ownStore(Self.sanitized(newValue))) }
    }

    /// The multiprocessing name of the process, e.g. `ForkPoolWorker-2`.
    public var process: String {
        get { processName.text }
        set { processName = EventName(newValue) }
    }
    /// The thread name, e.g. `MainThread` or `Thread-3 (_handle_results)`.
    public var thread: String {
        get { threadName.text }
        set { threadName = EventName(newValue) }
    }
    /// The dotted kind as written, such as `pool.task.start`: shown as it is, known to mp-tutor or not.
    public var kind: String {
        get { kindName.text }
        set {
            kindName = EventName(newValue)
            known = kindName.known
        }
    }
    /// The label of the object involved, e.g. `Lock#1`.
    public var object: String? {
        get { objectName == .none ? nil : objectName.text }
        set { objectName = newValue.map(EventName.init) ?? .none }
    }

    /// Gives the event's object another name already numbered (a label in place of the tracer's key).
    public mutating func relabel(object: EventName) { objectName = object }

    public init(seq: Int, t: Int64, pid: Int32, ppid: Int32, process: String, thread: String,
                kind: String, object: String? = nil, fields: JSONObject = JSONObject()) {
        self.init(seq: seq, t: t, pid: pid, ppid: ppid, process: EventName(process), thread: EventName(thread),
                  kind: EventName(kind), object: object.map(EventName.init) ?? .none, fields: Self.ownStore(Self.sanitized(fields)))
    }

    /// An event of a kind mp-tutor knows.
    public init(seq: Int, t: Int64, pid: Int32, ppid: Int32, process: String, thread: String,
                kind: EventKind, object: String? = nil, fields: JSONObject = JSONObject()) {
        self.init(seq: seq, t: t, pid: pid, ppid: ppid, process: process, thread: thread,
                  kind: kind.rawValue, object: object, fields: fields)
    }

    /// An event of names already numbered and fields already stored in `line` form (the transcript reader's path).
    init(seq: Int, t: Int64, pid: Int32, ppid: Int32, process: EventName, thread: EventName,
         kind: EventName, object: EventName, fields: (store: EventFieldStore, offset: UInt32, count: UInt32)) {
        self.seq = seq
        self.t = t
        self.pid = pid
        self.ppid = ppid
        processName = process
        threadName = thread
        kindName = kind
        known = kind.known
        objectName = object
        fieldStore = Unmanaged.passUnretained(fields.store)
        fieldOffset = fields.offset
        fieldCount = fields.count
    }

    private mutating func setFields(_ fields: (store: EventFieldStore, offset: UInt32, count: UInt32)) {
        fieldStore = Unmanaged.passUnretained(fields.store)
        fieldOffset = fields.offset
        fieldCount = fields.count
    }

    /// The fields' store, borrowed for `body` (no count taken: see `fieldStore`).
    @inline(__always) private func withStore<R>(_ body: (EventFieldStore) throws -> R) rethrows -> R {
        try fieldStore._withUnsafeGuaranteedRef(body)
    }

    public static func == (lhs: TraceEvent, rhs: TraceEvent) -> Bool {
        guard lhs.seq == rhs.seq, lhs.t == rhs.t, lhs.pid == rhs.pid, lhs.ppid == rhs.ppid,
              lhs.processName == rhs.processName, lhs.threadName == rhs.threadName, lhs.kindName == rhs.kindName,
              lhs.objectName == rhs.objectName, lhs.fieldCount == rhs.fieldCount else { return false }
        return lhs.withStore { left in
            rhs.withStore { right in
                zip(lhs.fieldSlots, rhs.fieldSlots).allSatisfy { a, b in left.key(a) == right.key(b) && left.value(a) == right.value(b) }
            }
        }
    }

    /// Whether the event is of this kind (one comparison of the kind resolved at init).
    @inlinable public func `is`(_ kind: EventKind) -> Bool { known == kind }

    /// Whether the event is of one of these kinds; false for a kind mp-tutor does not know.
    @inlinable public func `is`(anyOf kinds: Set<EventKind>) -> Bool { known.map(kinds.contains) ?? false }

    /// The same, for kinds as bits (no hashing: for a test made once per event of a long run).
    @inlinable public func `is`(anyOf kinds: EventKindSet) -> Bool { known.map(kinds.contains) ?? false }

    /// Every key and string in `line` form: a print's `text` too, since rows and notes quote it on one line.
    static func sanitized(_ fields: JSONObject) -> JSONObject { TextSanitizer.line(fields) }

    static func ownStore(_ fields: JSONObject) -> (store: EventFieldStore, offset: UInt32, count: UInt32) {
        fields.members.isEmpty ? (EventFieldStore.empty, 0, 0) : (EventFieldStore(fields), 0, UInt32(fields.members.count))
    }

    private var fieldSlots: Range<Int> { Int(fieldOffset)..<Int(fieldOffset + fieldCount) }

    /// Visits the kind's own fields in order, keys as numbers in `EventNames`, without making a `JSONObject`
    /// (for writers of large exports, which cache what they write per key).
    public func forEachField(_ body: (EventName, JSONValue) throws -> Void) rethrows {
        try withStore { store in for slot in fieldSlots { try body(store.key(slot), store.value(slot)) } }
    }

    /// A field's value.
    public subscript(field: String) -> JSONValue? {
        withStore { store in store.slot(of: field, from: Int(fieldOffset), count: Int(fieldCount)).map(store.value) }
    }

    /// A field's value by the number of its key.
    subscript(key key: EventName) -> JSONValue? {
        withStore { store in store.slot(of: key, from: Int(fieldOffset), count: Int(fieldCount)).map(store.value) }
    }

    func int(_ key: EventName) -> Int64? { self[key: key]?.intValue }
    func string(_ key: EventName) -> String? { self[key: key]?.stringValue }
    func bool(_ key: EventName) -> Bool? { self[key: key]?.boolValue }

    /// An integer field.
    public func int(_ field: String) -> Int64? { self[field]?.intValue }

    /// A string field.
    public func string(_ field: String) -> String? { self[field]?.stringValue }

    /// A Bool field.
    public func bool(_ field: String) -> Bool? { self[field]?.boolValue }

    /// Seconds since the run started.
    public var seconds: Double { Double(t) / 1e9 }

    /// Whether the event happened on a process's main thread (a comparison of numbers).
    public var isMainThread: Bool { threadName == FieldKeys.mainThread }

    /// The short name of the thread, e.g. `_handle_results` for `Thread-3 (_handle_results)`.
    public var threadRole: String { Self.threadRole(of: thread) }

    /// Whether a thread of a manager's server process is named after the client it serves: the server renames each
    /// connection's thread to the client's `process.name`, or `process.name|thread.name` for a client thread other
    /// than the main one (`MainProcess|Thread-4 (_monitor)`: a QueueListener's thread). Its own threads keep Python's
    /// `Thread-N (target)` names.
    public static func namesAManagerClient(_ thread: String) -> Bool {
        !thread.contains("(") || thread.contains("|")
    }

    /// The part of a thread name in parentheses (Python 3.10+ names threads after their target), or the name.
    public static func threadRole(of thread: String) -> String {
        if let open = thread.lastIndex(of: "("), thread.hasSuffix(")") {
            return String(thread[thread.index(after: open)..<thread.index(before: thread.endIndex)])
        }
        return thread
    }
}
