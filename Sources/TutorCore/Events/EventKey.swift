/// What identifies one recorded event across re-reads of a growing trace folder: the file it came
/// from (`<pid>-<t>.jsonl`, unique even when a pid is reused) and the tracer's number `n` in that file.
///
/// An event's index in the timeline changes when a late event sorts before it; its key never does.
public struct EventKey: Sendable, Hashable {
    /// The event file's name.
    public var source: String
    /// The tracer's per-process event number.
    public var n: Int64

    public init(source: String, n: Int64) {
        self.source = source
        self.n = n
    }
}
