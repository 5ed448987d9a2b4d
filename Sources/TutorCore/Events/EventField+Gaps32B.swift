public extension EventField {
    /// Gaps 32B: a `process.atexit.run`'s place among the handlers seen running in that process's exit (1 first).
    static let order = "order"
    /// A `process.atexit.run`'s handler was registered by `program`, `library` or `multiprocessing` (its _exit_function).
    static let registeredBy = "registered_by"
}
