public extension EventField {
    /// Gaps 30A: a semaphore's `tracker.register`: the types of the objects whose constructors were running when it was
    /// made, innermost first (`["Lock", "JoinableQueue"]`, `["Semaphore", "Condition", "Event"]`); absent in older records.
    static let madeIn = "made_in"
}

public extension EventField {
    /// Gaps 30A: an `executor.create`'s initializer, by its function's name (absent when it has none, and in older records).
    static let initializer = "initializer"
}
