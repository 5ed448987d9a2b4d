import TutorCore

/// How output is drawn.
public struct DisplayOptions: Sendable, Equatable {
    public var color: ColorChoice = .auto
    public var ascii = false
    /// The terminal draws East Asian Ambiguous symbols (①, ─, │, ●, ·, …) two columns wide
    /// (`--ambiguous-wide`, or `MP_TUTOR_AMBIGUOUS_WIDE=1`).
    public var ambiguousWide = false
    /// Overrides the detected terminal width.
    public var width: Int?
    /// Hide multiprocessing's own helper processes (forkserver, resource tracker).
    public var hideInfrastructure = true
    /// Open the step-through view over the run (`--step`) instead of printing the whole timeline.
    public var step = false
    /// Long output (`lesson`, `replay`) goes through a pager on a terminal; `--no-pager` turns it off.
    public var pager = true
    /// Show the whole timeline of a long run, also its condensed middle (`--full`).
    public var full = false
    /// Files to write the run to (`--html`, `--perfetto`, `--cast`).
    public var exports = ExportTargets()
    public init() {}
}
