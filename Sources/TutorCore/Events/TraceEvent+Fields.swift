/// Typed accessors for the fields that many readers share.
public extension TraceEvent {
    /// The pid of the process the event is about (spawned, joined, reaped, terminated, killed).
    var childPid: Int32? { int(EventField.childPid).flatMap { Int32(exactly: $0) } }
    /// A process's exit code (negative: killed by that signal).
    var exitCode: Int64? { int(EventField.exitCode) }
    /// The pool job number of a `pool.*` event.
    var job: Int64? { int(EventField.job) }
}
