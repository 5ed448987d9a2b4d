import TutorCore
import TutorTerminal
import TutorSimulation

/// What the learner asked mp-tutor to do, after the command line has been read.
enum Command: Sendable, Equatable {
    case lesson(id: String?, LessonRunOptions)
    case replay(target: String, variant: String?, DisplayOptions)
    /// Writes a recorded run (a lesson's transcript or a file) as the files asked for, nothing on screen.
    case export(target: String, variant: String?, DisplayOptions)
    case trace(script: String, arguments: [String], RunOptions, DisplayOptions, record: String?)
    case check(ids: [String], all: Bool, variant: String?, settings: [String], RunOptions, recordDirectory: String?)
    case present(id: String, PresentOptions)
    case quiz(id: String?, LessonRunOptions)
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
    /// Replace the home folder and user name in every text of the recorded transcript.
    var redact = false
    /// `trace --timeout 0` (or `none`): no watchdog at all.
    var noWatchdog = false
    /// `trace -m`: the script is a module name, run as `python3 -m` does.
    var module = false
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

/// Options of `mp-tutor present`.
struct PresentOptions: Sendable, Equatable {
    var lesson = LessonRunOptions()
    /// Play the committed transcript instead of running the demo.
    var replay = false
    /// Events per second.
    var speed: Double = 4
    init() {}
}
