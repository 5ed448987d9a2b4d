public extension EventField {
    /// Gaps 34A: a `process.run.end`'s `context`, the type of the exception run() was handling when it raised (its
    /// `__context__`), and `interrupt`, where a KeyboardInterrupt (the one raised, or that context) came from: "signal"
    /// (Python's SIGINT handler raised it wherever the main thread was) or "raise" (a raise statement).
    static let context = "context", interrupt = "interrupt"
}
