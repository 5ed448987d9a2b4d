/// Typed accessors for the fields of queues, locks and other synchronization and shared objects.
/// Each reads the field named in `EventField`; nil when the event does not carry it (or carries another type).
public extension TraceEvent {
    /// The item put on or taken from a queue (`repr`, shortened).
    var item: String? { string(FieldKeys.item) }
    /// The operation a wait or call is in (`get`, `put`, ...).
    var op: String? { string(FieldKeys.op) }
    /// What a timed wait returned (false: it timed out).
    var outcome: Bool? { bool(FieldKeys.outcome) }
    /// The Python type of the object (`Lock`, `RLock`, `Queue`, `SimpleQueue`, ...).
    var objectType: String? { string(FieldKeys.objectType) }
    /// The attribute of a shared or managed object that was read or written.
    var attr: String? { string(FieldKeys.attr) }
    /// The ctypes type code of a shared `Value`/`Array` (`i`, `d`, ...).
    var ctype: String? { string(FieldKeys.ctype) }
    /// The length of a shared `Array`.
    var length: Int64? { int(FieldKeys.length) }
    /// A queue's capacity (0: unbounded).
    var maxsize: Int64? { int(FieldKeys.maxsize) }
    /// The label of the lock a synchronized shared object uses (written by `ObjectLabeller`).
    var lockLabel: String? { string(FieldKeys.lockLabel) }
    /// Where a stretch ended, as the tracer names it.
    var end: String? { string(FieldKeys.end) }
    /// How long a call blocked before it returned.
    var waitedNs: Int64? { int(FieldKeys.waitedNs) }
}
