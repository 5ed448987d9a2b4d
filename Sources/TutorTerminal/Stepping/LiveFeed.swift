import TutorCore

/// What the live step view asks of the run it follows. Every closure is called on the view's thread.
public struct LiveFeed {
    /// How a followed run ended, as the view shows it from then on.
    public struct End {
        /// The whole run's model, with the notes that need the whole run.
        public var model: StepModel
        /// The status line from now on ("run ended, exit code 0 · ...").
        public var status: String
        /// The run was stopped by Ctrl-C, by `q`, or by a signal to mp-tutor.
        public var interrupted: Bool
        /// The run could not be supervised: the view closes and the caller reports it.
        public var failed: Bool

        public init(model: StepModel, status: String, interrupted: Bool, failed: Bool) {
            self.model = model
            self.status = status
            self.interrupted = interrupted
            self.failed = failed
        }
    }

    /// Starts the run. Called once, after the terminal is in raw mode, so that the run's signal catcher
    /// is installed over the terminal's handlers and taken off before they are.
    public var start: () -> Void
    /// Reads the run's events again; a new model when something was added, else nil.
    public var refresh: () -> StepModel?
    /// Non-nil once the run is over (every process of it gone). Builds the final model: call it once.
    public var ended: () -> End?
    /// Whether the run is over, cheaply.
    public var isOver: () -> Bool
    /// Stops the run as Ctrl-C does (SIGINT, SIGTERM, SIGKILL); again: SIGKILL at once.
    public var interrupt: () -> Void
    /// Seconds since the run started, nil before it did.
    public var elapsed: () -> Double?

    public init(start: @escaping () -> Void, refresh: @escaping () -> StepModel?, ended: @escaping () -> End?,
                isOver: @escaping () -> Bool, interrupt: @escaping () -> Void, elapsed: @escaping () -> Double?) {
        self.start = start
        self.refresh = refresh
        self.ended = ended
        self.isOver = isOver
        self.interrupt = interrupt
        self.elapsed = elapsed
    }
}
