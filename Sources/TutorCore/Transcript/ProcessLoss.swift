/// The events one process's event file lost (gaps 28C): the trailer's `lost_by_process`, so that a screen can say
/// which process lost how many and why, where `lost_events` only gives the run's total.
public struct ProcessLoss: Sendable, Equatable {
    /// The process's pid (from its `proc` line, else from its file's name `<pid>-<t>.jsonl`; 0 when neither says).
    public var pid: Int32
    /// Its multiprocessing name; nil when the file had no readable `proc` line (then only the pid is known).
    public var process: String?
    /// Events of this file that are not in the record: gaps in `n`, unreadable and cut-off lines, times outside the run.
    public var lost: Int
    /// The first compact line that was not well formed: "FILE line N: what is wrong"; nil when none was.
    public var malformed: String?

    /// Creates one process's loss; the strings are sanitized and cut to `textLimit` here, the one place they enter.
    public init(pid: Int32, process: String?, lost: Int, malformed: String? = nil) {
        self.pid = pid
        self.process = process.map { Self.bounded($0, to: Self.nameLimit) }
        self.lost = lost
        self.malformed = malformed.map { Self.bounded($0, to: Self.textLimit) }
    }

    /// The most entries a trailer holds (and a reader accepts): one per event file, and a run of more files than
    /// this is not one a learner reads process by process. Those past it are in `lost_events` only.
    public static let limit = 256
    /// Longest process name kept.
    public static let nameLimit = 120
    /// Longest `malformed` text kept.
    public static let textLimit = 300

    /// Sanitized (one line, controls made visible) and cut to `limit` characters.
    static func bounded(_ text: String, to limit: Int) -> String {
        let line = TextSanitizer.line(text)
        return line.count <= limit ? line : String(line.prefix(limit - 1)) + "…"
    }
}
