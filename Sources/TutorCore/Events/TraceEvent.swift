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
    public var process: String
    /// The thread name, e.g. `MainThread` or `Thread-3 (_handle_results)`.
    public var thread: String
    /// A dotted kind such as `pool.task.start`.
    public var kind: String
    /// The label of the object involved, e.g. `Lock#1`.
    public var object: String?
    /// The kind's own fields.
    public var fields: JSONObject

    public init(seq: Int, t: Int64, pid: Int32, ppid: Int32, process: String, thread: String,
                kind: String, object: String? = nil, fields: JSONObject = JSONObject()) {
        self.seq = seq
        self.t = t
        self.pid = pid
        self.ppid = ppid
        self.process = process
        self.thread = thread
        self.kind = kind
        self.object = object
        self.fields = fields
    }

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
