import TutorCore

/// What to run and how: the input of `Supervisor.run`.
public struct RunRequest: Sendable {
    /// A path, or a bare name looked up on the `PATH` of `environment`.
    var executable: String
    /// Arguments after the program name.
    var arguments: [String]
    /// The complete environment of the child (nothing is inherited implicitly).
    var environment: [String: String]
    /// The child's working directory; `nil` keeps mp-tutor's.
    var workingDirectory: String?
    /// Seconds after which the run is stopped (SIGTERM, then SIGKILL) and marked `timedOut`.
    var timeout: Double?
    /// Seconds between forwarding Ctrl-C (SIGINT) to the run and sending SIGTERM.
    var interruptGrace: Double
    /// File the child reads as standard input (when `stdinDescriptor` is nil).
    var stdinPath: String
    /// A descriptor of mp-tutor's to hand the child as its standard input instead (e.g. 0: the
    /// program reads what was piped into mp-tutor). It is duplicated, never closed.
    var stdinDescriptor: Int32?
    /// Relay `stdinDescriptor` (a terminal) through a pipe instead of handing it over: a run in the
    /// background of the terminal cannot read it (see `InputRelay`).
    var relayStdin = false
    /// A folder of the run's (its scratch folder) that the lifeline removes if mp-tutor dies.
    var scratchFolder: String?
    /// The folder (the run's events folder) where each stop of the run is written as it happens (`RunStopLog`).
    var stopLogFolder: String?
    /// The tracer's events folder: the watchdog counts from the first event written there (load 31); nil: from launch.
    var eventsFolder: String?
    /// The descriptor of the scratch folder's lock, held by the lifeline's watcher while it cleans up.
    var scratchLockDescriptor: Int32?
    /// A live view holds the terminal (alternate screen, hidden cursor): if mp-tutor dies, the lifeline
    /// puts the screen and the cursor back.
    var restoreScreenIfKilled = false
    /// Seconds the rest of the process group may take to finish by itself after the main
    /// process ended, before the supervisor stops it.
    var exitGrace: Double

    /// Creates a request; only the program, its arguments and its environment are required.
    init(
        executable: String,
        arguments: [String],
        environment: [String: String],
        workingDirectory: String? = nil,
        timeout: Double? = nil,
        interruptGrace: Double = 2.0,
        stdinPath: String = "/dev/null",
        exitGrace: Double = 1.5
    ) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.timeout = timeout
        self.interruptGrace = interruptGrace
        self.stdinPath = stdinPath
        self.exitGrace = exitGrace
        self.stdinDescriptor = nil
    }
}
