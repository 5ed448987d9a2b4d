/// Event fields by name, for the typed accessors of `TraceEvent`, and the fields mp-tutor adds itself.
///
/// Every field name that Swift reads from an event must be written by the tracer or listed in
/// `addedByMPTutor`: Tests/TutorCoreTests/Events/EventSchemaTests.swift fails otherwise.
public enum EventField {
    /// The pid of the process an event is about (`process.spawn`, `process.join`, `subprocess.spawn`, ...).
    public static let childPid = "child_pid"
    public static let exitCode = "exitcode"
    public static let job = "job"
    public static let name = "name"

    /// Fields that mp-tutor writes into events while merging and sampling, never the tracer:
    /// `observed_by`/`signal` on the main process's `process.exit`, the object `key` and `lock_label`
    /// of the labeller, and the OS observations (`os.state`) of the sampler.
    public static let addedByMPTutor: Set<String> = ["observed_by", "signal", "key", "lock_label", "state", "duration_ns", "cpu_ns"]
}
