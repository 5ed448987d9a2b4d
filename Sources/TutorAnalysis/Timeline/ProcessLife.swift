import TutorCore

/// What the timeline knows of one process from start to end.
public struct ProcessLife: Sendable, Equatable {
    var pid: Int32
    var ppid: Int32
    var name: String
    public var role: String
    /// First event of the process (ns since the run started).
    var startT: Int64
    /// When it ended, as reported by itself, by its parent, or by mp-tutor; nil if never seen ending.
    public var endT: Int64?
    /// Exit code; negative means killed by signal `-exitcode` (multiprocessing's convention).
    public var exitCode: Int64?
    /// The process ran a manager's server itself (`manager.serve`: get_server().serve_forever()), role aside.
    public var servesManager = false

    /// The signal that ended the process, if one did.
    public var signal: Int32? { exitCode.flatMap { $0 < 0 ? Int32(-$0) : nil } }
}
