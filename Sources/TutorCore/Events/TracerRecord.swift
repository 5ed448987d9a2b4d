/// One line of a tracer's per-process event file (docs/tracer-protocol.md), read: the tracer's own keys
/// apart, the kind's fields already in `line` form in a compact store (as an event holds them), so that
/// making the event is copying numbers.
///
/// `init?(object:)` says what a line means; `TracerLineDecoder` reads the common line straight from its
/// bytes to the same record.
public struct TracerRecord: Sendable {
    /// The tracer's number of the line in its process (0, 1, 2, ...).
    public var n: Int64
    /// CLOCK_MONOTONIC when it happened; nil when the line has no integer `t`.
    public var t: Int64?
    /// The thread's ident (0 when the line has none).
    public var tid: Int64
    /// The kind, when the line's `kind` is a string.
    public var kind: EventName?
    /// The object's key, when the line's `object` is a string.
    public var object: EventName?
    /// Every other member, keys and strings in `line` form.
    var fields: (store: EventFieldStore, offset: UInt32, count: UInt32)

    init(n: Int64, t: Int64?, tid: Int64, kind: EventName?, object: EventName?,
         fields: (store: EventFieldStore, offset: UInt32, count: UInt32)) {
        self.n = n
        self.t = t
        self.tid = tid
        self.kind = kind
        self.object = object
        self.fields = fields
    }

    /// The record of a line parsed as a whole; nil for a line without an integer `n`, or with a number out of
    /// range (`TracerLineLimits`): unreadable.
    public init?(object: JSONObject) {
        guard let n = object["n"]?.intValue else { return nil }
        var tid: Int64 = 0, t: Int64?, kind: String?, key: String?
        var fields: [(String, JSONValue)] = []
        fields.reserveCapacity(object.members.count)
        for member in object.members {
            switch member.key {
            case "kind": kind = member.value.stringValue
            case "t": t = member.value.intValue
            case "n": break
            case "tid": tid = member.value.intValue ?? 0
            case "object": key = member.value.stringValue
            default:
                guard TracerLineLimits.fits(member.key, member.value) else { return nil } // out of range (guard 25)
                fields.append((member.key, member.value))
            }
        }
        guard TracerLineLimits.fits(n: n, t: t) else { return nil }
        self.init(n: n, t: t, tid: tid, kind: kind.map(EventName.init), object: key.map(EventName.init),
                  fields: TraceEvent.ownStore(TraceEvent.sanitized(JSONObject(fields))))
    }

    /// Whether the line is of this kind (a comparison of numbers).
    public func `is`(_ name: EventName) -> Bool { kind == name }

    /// A field's value (in `line` form).
    public subscript(field: EventName) -> JSONValue? {
        fields.store.slot(of: field, from: Int(fields.offset), count: Int(fields.count)).map(fields.store.value)
    }

    /// The names the reader of tracer files asks for, numbered once.
    public static let procKind = EventName("proc")
    public static let threadKind = EventName("thread")
    public static let processStartKind = EventName(EventKind.processStart.rawValue)
    public static let nameField = FieldKeys.name
    public static let mainThread = FieldKeys.mainThread
}
