extension EventField {
    /// shared.create of `synchronized(raw)`: the raw object it wraps (the tracer writes its key, the labeller
    /// replaces it by its label, `Value#1`): the wrapper is that object's shared memory, not new memory.
    public static let wraps = "wraps"
}
