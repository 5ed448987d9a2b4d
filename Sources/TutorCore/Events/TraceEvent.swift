/// One thing that happened in one process of a run: the unit of every transcript and timeline.
///
/// The fixed attribution fields are stored properties; everything specific to a kind
/// (`job`, `exitcode`, `item`, `text`, ...) lives in `fields`, as written in the transcript.
public struct TraceEvent: Sendable, Equatable {
    /// Position in the run, 1-based, in time order.
    public var seq: Int
    /// Nanoseconds since the run started.
    public var t: Int64
    public var pid: Int32
    public var ppid: Int32
    /// The multiprocessing name of the process, e.g. `ForkPoolWorker-2`.
    public var process: String { didSet { process = TextSanitizer.line(process) } }
    /// The thread name, e.g. `MainThread` or `Thread-3 (_handle_results)`.
    public var thread: String { didSet { thread = TextSanitizer.line(thread) } }
    /// The dotted kind as written, such as `pool.task.start`: shown as it is, known to mp-tutor or not.
    public var kind: String {
        didSet {
            kind = TextSanitizer.line(kind)
            known = EventKind(rawValue: kind)
        }
    }
    /// The kind when mp-tutor knows it, resolved once when the kind is set; nil for a kind from a newer tracer.
    public private(set) var known: EventKind?
    /// The label of the object involved, e.g. `Lock#1`.
    public var object: String? { didSet { object = object.map(TextSanitizer.line) } }
    /// The kind's own fields.
    public var fields: JSONObject { didSet { fields = Self.sanitized(fields) } }

    public init(seq: Int, t: Int64, pid: Int32, ppid: Int32, process: String, thread: String,
                kind: String, object: String? = nil, fields: JSONObject = JSONObject()) {
        self.seq = seq
        self.t = t
        self.pid = pid
        self.ppid = ppid
        self.process = TextSanitizer.line(process)
        self.thread = TextSanitizer.line(thread)
        let kind = TextSanitizer.line(kind)
        self.kind = kind
        self.known = EventKind(rawValue: kind)
        self.object = object.map(TextSanitizer.line)
        self.fields = Self.sanitized(fields)
    }

    /// An event of a kind mp-tutor knows.
    public init(seq: Int, t: Int64, pid: Int32, ppid: Int32, process: String, thread: String,
                kind: EventKind, object: String? = nil, fields: JSONObject = JSONObject()) {
        self.init(seq: seq, t: t, pid: pid, ppid: ppid, process: process, thread: thread,
                  kind: kind.rawValue, object: object, fields: fields)
    }

    /// Whether the event is of this kind (one comparison of the kind resolved at init).
    @inlinable public func `is`(_ kind: EventKind) -> Bool { known == kind }

    /// Whether the event is of one of these kinds; false for a kind mp-tutor does not know.
    @inlinable public func `is`(anyOf kinds: Set<EventKind>) -> Bool { known.map(kinds.contains) ?? false }

    /// Every key and string in `line` form: a print's `text` too, since rows and notes quote it on one line.
    static func sanitized(_ fields: JSONObject) -> JSONObject { TextSanitizer.line(fields) }

    /// A field's value.
    public subscript(field: String) -> JSONValue? { fields[field] }

    /// An integer field.
    public func int(_ field: String) -> Int64? { fields[field]?.intValue }

    /// A string field.
    public func string(_ field: String) -> String? { fields[field]?.stringValue }

    /// A Bool field.
    public func bool(_ field: String) -> Bool? { fields[field]?.boolValue }

    /// Seconds since the run started.
    public var seconds: Double { Double(t) / 1e9 }

    /// The short name of the thread, e.g. `_handle_results` for `Thread-3 (_handle_results)`.
    public var threadRole: String { Self.threadRole(of: thread) }

    /// The part of a thread name in parentheses (Python 3.10+ names threads after their target), or the name.
    public static func threadRole(of thread: String) -> String {
        if let open = thread.lastIndex(of: "("), thread.hasSuffix(")") {
            return String(thread[thread.index(after: open)..<thread.index(before: thread.endIndex)])
        }
        return thread
    }
}
