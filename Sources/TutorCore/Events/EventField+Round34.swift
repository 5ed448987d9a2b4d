extension EventField {
    /// On `pool.submit` of map()/map_async()/starmap() given an iterable without `len()`: the nanoseconds the call spent
    /// making its list of it, in the caller's thread, before the task existed (round 34). The event's `t` ends them.
    public static let listedNs = "listed_ns"
}
