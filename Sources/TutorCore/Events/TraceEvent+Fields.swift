/// Typed accessors for the fields of queues, locks and other synchronization and shared objects.
/// Each reads the field named in `EventField`; nil when the event does not carry it (or carries another type).
public extension TraceEvent {
    /// The item put on or taken from a queue (`repr`, shortened).
    var item: String? { string(EventField.item) }
    /// The operation a wait or call is in (`get`, `put`, ...).
    var op: String? { string(EventField.op) }
    /// What a timed wait returned (false: it timed out).
    var outcome: Bool? { bool(EventField.outcome) }
    /// The Python type of the object (`Lock`, `RLock`, `Queue`, `SimpleQueue`, ...).
    var objectType: String? { string(EventField.objectType) }
    /// The attribute of a shared or managed object that was read or written.
    var attr: String? { string(EventField.attr) }
    /// The ctypes type code of a shared `Value`/`Array` (`i`, `d`, ...).
    var ctype: String? { string(EventField.ctype) }
    /// The length of a shared `Array`.
    var length: Int64? { int(EventField.length) }
    /// A queue's capacity (0: unbounded).
    var maxsize: Int64? { int(EventField.maxsize) }
    /// The label of the lock a synchronized shared object uses (written by `ObjectLabeller`).
    var lockLabel: String? { string(EventField.lockLabel) }
    /// Where a stretch ended, as the tracer names it.
    var end: String? { string(EventField.end) }
    /// How long a call blocked before it returned.
    var waitedNs: Int64? { int(EventField.waitedNs) }
}
