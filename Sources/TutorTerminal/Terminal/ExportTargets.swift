/// The files a run is also written to, besides what is shown on screen (`--html`, `--perfetto`, `--cast`).
/// Carried with the display options, so every command that shows a run can write them too.
public struct ExportTargets: Sendable, Equatable {
    /// A self-contained interactive HTML page.
    public var html: String?
    /// Chrome Trace Event JSON for Perfetto and chrome://tracing.
    public var perfetto: String?
    /// An asciicast v2 recording of the replay.
    public var cast: String?
    public init() {}

    public var isEmpty: Bool { html == nil && perfetto == nil && cast == nil }
}
