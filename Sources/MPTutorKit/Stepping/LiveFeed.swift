/// What the live step view asks of the run it follows. Every closure is called on the view's thread.
struct LiveFeed {
    /// How a followed run ended, as the view shows it from then on.
    struct End {
        /// The whole run's model, with the notes that need the whole run.
        var model: StepModel
        /// The status line from now on ("run ended, exit code 0 · ...").
        var status: String
        /// The run was stopped by Ctrl-C, by `q`, or by a signal to mp-tutor.
        var interrupted: Bool
        /// The run could not be supervised: the view closes and the caller reports it.
        var failed: Bool
    }

    /// Starts the run. Called once, after the terminal is in raw mode, so that the run's signal catcher
    /// is installed over the terminal's handlers and taken off before they are.
    var start: () -> Void
    /// Reads the run's events again; a new model when something was added, else nil.
    var refresh: () -> StepModel?
    /// Non-nil once the run is over (every process of it gone). Builds the final model: call it once.
    var ended: () -> End?
    /// Whether the run is over, cheaply.
    var isOver: () -> Bool
    /// Stops the run as Ctrl-C does (SIGINT, SIGTERM, SIGKILL); again: SIGKILL at once.
    var interrupt: () -> Void
    /// Seconds since the run started, nil before it did.
    var elapsed: () -> Double?
}
