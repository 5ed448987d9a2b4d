import TutorCore

extension ProcessTimeAnalysis {
    /// A lock wait's reason: "semaphore" when the object waited on is a Semaphore or BoundedSemaphore (its label, as the
    /// tracer names it, begins with its type), else "lock". Round 37G: a worker's 461 ms on `Semaphore(3)` was summed as
    /// "lock 461 ms" under "Lock#1 … longest 1 ms", which read as a wait on the program's one Lock (round 27S left it).
    static func lockReason(_ event: TraceEvent) -> String {
        guard let label = event.object, let hash = label.firstIndex(of: "#") else { return "lock" }
        return label[..<hash].hasSuffix("Semaphore") ? "semaphore" : "lock"
    }
}
