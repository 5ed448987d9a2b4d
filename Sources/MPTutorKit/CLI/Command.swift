/// What the learner asked mp-tutor to do, after the command line has been read.
public enum Command: Sendable, Equatable {
    case lesson(id: String?, LessonRunOptions)
    case replay(target: String, variant: String?, DisplayOptions)
    /// Writes a recorded run (a lesson's transcript or a file) as the pictures asked for, nothing on screen.
    case export(target: String, variant: String?, DisplayOptions)
    case trace(script: String, arguments: [String], RunOptions, DisplayOptions, record: String?)
    case check(ids: [String], all: Bool, variant: String?, settings: [String], RunOptions, recordDirectory: String?)
    case list(DisplayOptions)
    case progress(reset: Bool)
    case simulate(SimulationOptions)
    case help(topic: String?)
    case version
}

/// How output is drawn.
public struct DisplayOptions: Sendable, Equatable {
    public var color: ColorChoice = .auto
    public var ascii = false
    /// Overrides the detected terminal width.
    public var width: Int?
    /// Hide multiprocessing's own helper processes (forkserver, resource tracker).
    public var hideInfrastructure = true
    /// Open the step-through view over the run (`--step`) instead of printing the whole timeline.
    public var step = false
    /// Files to write the run to (`--html`, `--perfetto`, `--cast`).
    public var exports = ExportTargets()
    public init() {}
}

/// The files a run is exported to, besides what is shown on screen.
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

/// How a live run is made.
public struct RunOptions: Sendable, Equatable {
    public var python: String?
    public var timeout: Double?
    public var startMethod: String?
    public var seed: Int?
    /// Sample every process's OS scheduling state during the run.
    public var sampleOS = false
    public init() {}
}

/// Options of `mp-tutor lesson`.
public struct LessonRunOptions: Sendable, Equatable {
    public var variant: String?
    public var settings: [String] = []
    public var record: String?
    public var run = RunOptions()
    public var display = DisplayOptions()
    /// Show the lesson text only, without running the demo.
    public var textOnly = false
    public init() {}
}
