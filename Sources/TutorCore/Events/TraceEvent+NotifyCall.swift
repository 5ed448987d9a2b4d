extension TraceEvent {
    /// A `condition.notify`'s call as the program wrote it: `notify_all()`, `notify()` or `notify(3)`.
    public var notifyCall: String {
        if bool(EventField.all) == true { return "notify_all()" }
        return count.map { $0 == 1 ? "notify()" : "notify(\($0))" } ?? "notify()"
    }
}
