extension EventField {
    /// On `barrier.wait`: true when its `timeout` is the Barrier's own (`Barrier(n, timeout=)`), the program's `wait()`
    /// having given none (gaps 16B).
    public static let barrierTimeout = "barrier_timeout"
}
