/// Typed accessors for the fields of `Pool` and `concurrent.futures` events.
public extension TraceEvent {
    /// The pool job number of a `pool.*` event.
    var job: Int64? { int(FieldKeys.job) }
    /// How many chunks a map-like Pool call cut its input into.
    var chunks: Int64? { int(FieldKeys.chunks) }
    /// The position of a task or result within its Pool call.
    var index: Int64? { int(FieldKeys.index) }
    /// How many work items were still pending (a broken executor).
    var pending: Int64? { int(FieldKeys.pending) }
    /// The work item number of a `concurrent.futures` event.
    var work: Int64? { int(FieldKeys.work) }
    /// The Pool method of a task (`apply_async`, `map`, `imap`, ...).
    var method: String? { string(FieldKeys.method) }
    /// Whether a task or call returned normally (false: it raised).
    var ok: Bool? { bool(FieldKeys.ok) }
    /// A task's or call's result (`repr`, shortened).
    var result: String? { string(FieldKeys.result) }
    /// The arguments of a call as the tracer wrote them (`repr`, shortened).
    var args: String? { string(FieldKeys.args) }
    /// The name of the function a task or future runs.
    var function: String? { string(FieldKeys.function) }
    /// How many items or calls a single event stands for.
    var count: Int64? { int(FieldKeys.count) }
    /// How many items of a map's input a task's chunk holds (`items`).
    var chunkItems: Int64? { int(FieldKeys.items) }
    /// Whether a task's `args` is its call's argument tuple (`call`), not a map's iterable as given.
    var argsAreCall: Bool? { bool(FieldKeys.call) }
}
