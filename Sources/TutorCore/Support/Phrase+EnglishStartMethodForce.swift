extension Phrase {
    /// The English texts of a `set_start_method(..., force=True)` that replaced a method already fixed (round 17M).
    static let englishStartMethodForce: [Phrase: String] = [
        .evStartMethodForced: "{call}: force=True replaces the start method {was}, already fixed: from now on start() uses {method}",
        .evStartMethodForcedSame: "{call}: {method} was already the start method",
    ]
}
