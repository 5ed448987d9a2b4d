public extension TraceEvent {
    /// The target the tracer records for a `logging.handlers.QueueListener`'s thread (`thread.start`): logging's own
    /// thread, which the listener's `start()` makes to take log records off its queue (gaps 29A).
    static let loggingListenerTarget = "QueueListener._monitor"
}
