/// Typed accessors for the fields of process events and of what mp-tutor observes about processes.
public extension TraceEvent {
    /// The pid of the process the event is about (spawned, joined, reaped, terminated, killed); nil when out of range.
    var childPid: Int32? { int(FieldKeys.childPid).flatMap { Int32(exactly: $0) } }
    /// A process's exit code (negative: killed by that signal).
    var exitCode: Int64? { int(FieldKeys.exitCode) }
    /// A process's role: `main`, `child`, `forkserver`, `resource_tracker`, `manager`, ...
    var role: String? { string(FieldKeys.role) }
    /// The pid of a manager's server process.
    var serverPid: Int64? { int(FieldKeys.serverPid) }
    /// Who recorded the event when not the process itself (`mp-tutor` for its own records).
    var observedBy: String? { string(FieldKeys.observedBy) }
    /// How long an OS state lasted (the sampler, `os.state`).
    var durationNs: Int64? { int(FieldKeys.durationNs) }
    /// An OS state of a process (`running`, `sleeping`, ...; the sampler).
    var state: String? { string(FieldKeys.state) }
    /// A printed line (`print`), one line, sanitized.
    var text: String? { string(FieldKeys.text) }
    /// Where in the program the call was made (`file.py:line`, relative).
    var site: String? { string(FieldKeys.site) }
    /// A process or object name (the child's name on `process.spawn`/`process.join.wait`).
    var name: String? { string(FieldKeys.name) }
}
