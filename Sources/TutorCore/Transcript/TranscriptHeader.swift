/// Line 1 of a transcript: what was run, where, and by which mp-tutor.
///
/// Every string is sanitized as it is stored (`TextSanitizer.line`): a shared transcript is outside input.
public struct TranscriptHeader: Sendable, Equatable {
    /// The value of the `format` key that marks an mp-tutor transcript.
    static let formatName = "mp-tutor-transcript"
    /// The newest format version this mp-tutor reads and the one it writes.
    public static let currentVersion = 1

    public var version: Int
    /// The lesson id, when the run was a lesson's demo.
    public var lesson: String? { didSet { lesson = lesson.map(TextSanitizer.line) } }
    public var variant: String? { didSet { variant = variant.map(TextSanitizer.line) } }
    /// The program and its arguments, as given to python3 (paths relative to the lesson or as typed).
    public var command: [String] { didSet { command = command.map(TextSanitizer.line) } }
    /// The Python version that ran it, e.g. `3.11.7`.
    public var python: String? { didSet { python = python.map(TextSanitizer.line) } }
    /// The multiprocessing start method in force (`fork`, `spawn`, `forkserver`).
    public var startMethod: String? { didSet { startMethod = startMethod.map(TextSanitizer.line) } }
    public var platform: String { didSet { platform = TextSanitizer.line(platform) } }
    public var cpus: Int
    public var mptutorVersion: String { didSet { mptutorVersion = TextSanitizer.line(mptutorVersion) } }
    /// When the run was recorded, ISO 8601 in UTC.
    public var recordedAt: String { didSet { recordedAt = TextSanitizer.line(recordedAt) } }
    /// Lesson parameters in force for the run.
    public var parameters: JSONObject { didSet { parameters = TextSanitizer.line(parameters) } }
    /// How OS states were sampled: `linux-proc`, `unavailable` (asked for, but this OS offers no such data), or nil.
    public var osSampling: String? { didSet { osSampling = osSampling.map(TextSanitizer.line) } }
    /// Whether mp-tutor was a child subreaper (Linux) when it ran the program: the run's orphans were then re-parented
    /// to it, not to pid 1 or the session's subreaper; nil in transcripts older than gaps 12A (then nothing is said).
    public var runnerSubreaper: Bool?

    public init(version: Int = TranscriptHeader.currentVersion, lesson: String? = nil, variant: String? = nil,
                command: [String] = [], python: String? = nil, startMethod: String? = nil,
                platform: String, cpus: Int, mptutorVersion: String, recordedAt: String,
                parameters: JSONObject = JSONObject()) {
        self.version = version
        self.lesson = lesson.map(TextSanitizer.line)
        self.variant = variant.map(TextSanitizer.line)
        self.command = command.map(TextSanitizer.line)
        self.python = python.map(TextSanitizer.line)
        self.startMethod = startMethod.map(TextSanitizer.line)
        self.platform = TextSanitizer.line(platform)
        self.cpus = cpus
        self.mptutorVersion = TextSanitizer.line(mptutorVersion)
        self.recordedAt = TextSanitizer.line(recordedAt)
        self.parameters = TextSanitizer.line(parameters)
    }
}
