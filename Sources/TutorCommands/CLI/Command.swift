import TutorCore
import TutorTerminal
import TutorSimulation

/// What the learner asked mp-tutor to do, after the command line has been read.
enum Command: Sendable, Equatable {
    case lesson(id: String?, LessonRunOptions)
    case replay(target: String, variant: String?, DisplayOptions)
    case trace(script: String, arguments: [String], RunOptions, DisplayOptions, record: String?)
    case check(ids: [String], all: Bool, variant: String?, settings: [String], RunOptions, recordDirectory: String?)
    case list(DisplayOptions)
    case progress(reset: Bool)
    case simulate(SimulationOptions)
    case help(topic: String?)
    case version
}

/// How a live run is made.
struct RunOptions: Sendable, Equatable {
    var python: String?
    var timeout: Double?
    var startMethod: String?
    var seed: Int?
    /// Sample every process's OS scheduling state during the run.
    var sampleOS = false
    init() {}
}

/// Options of `mp-tutor lesson`.
struct LessonRunOptions: Sendable, Equatable {
    var variant: String?
    var settings: [String] = []
    var record: String?
    var run = RunOptions()
    var display = DisplayOptions()
    /// Show the lesson text only, without running the demo.
    var textOnly = false
    init() {}
}
