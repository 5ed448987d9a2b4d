/// One `result(timeout=…)` call that raised TimeoutError in a run of such calls, one after another on one thread, on one
/// executor (gaps 33D): the printed timeline folds the run into one row (`TimelineRenderer+ResultPolls`); the step view
/// and the HTML page, which keep a step per event, say of each call which of the run it is.
public struct ResultPollRun: Sendable, Equatable {
    /// This call's place in the run, from 1.
    public var call: Int
    /// The run's calls.
    public var calls: Int
    /// When the run's first wait began and its last call ended (ns).
    public var from: Int64
    public var to: Int64
    /// The first wait's event (its `timeout` is the run's).
    public var firstWait: Int
}
