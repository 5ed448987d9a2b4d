/// Line 1 of a transcript: what was run, where, and by which mp-tutor.
public struct TranscriptHeader: Sendable, Equatable {
    /// The value of the `format` key that marks an mp-tutor transcript.
    static let formatName = "mp-tutor-transcript"
    /// The newest format version this mp-tutor reads and the one it writes.
    public static let currentVersion = 1

    public var version: Int
    /// The lesson id, when the run was a lesson's demo.
    public var lesson: String?
    public var variant: String?
    /// The program and its arguments, as given to python3 (paths relative to the lesson or as typed).
    public var command: [String]
    /// The Python version that ran it, e.g. `3.11.7`.
    public var python: String?
    /// The multiprocessing start method in force (`fork`, `spawn`, `forkserver`).
    public var startMethod: String?
    public var platform: String
    public var cpus: Int
    public var mptutorVersion: String
    /// When the run was recorded, ISO 8601 in UTC.
    public var recordedAt: String
    /// Lesson parameters in force for the run.
    public var parameters: JSONObject
    /// How OS states were sampled: `linux-proc`, `unavailable` (asked for, but this OS offers no such data), or nil.
    public var osSampling: String?

    public init(version: Int = TranscriptHeader.currentVersion, lesson: String? = nil, variant: String? = nil,
                command: [String] = [], python: String? = nil, startMethod: String? = nil,
                platform: String, cpus: Int, mptutorVersion: String, recordedAt: String,
                parameters: JSONObject = JSONObject()) {
        self.version = version
        self.lesson = lesson
        self.variant = variant
        self.command = command
        self.python = python
        self.startMethod = startMethod
        self.platform = platform
        self.cpus = cpus
        self.mptutorVersion = mptutorVersion
        self.recordedAt = recordedAt
        self.parameters = parameters
    }
}
