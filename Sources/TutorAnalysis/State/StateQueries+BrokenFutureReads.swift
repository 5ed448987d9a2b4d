import TutorCore

extension StateQueries {
    /// The `executor.broken` whose BrokenProcessPool a `future.read` at `read` gets: that executor broke before the read
    /// and no result of that work item had come back to it (`future.result`, an unsent item's too), so the exception
    /// in its Future is the one the broken executor set, not one the work item raised (round 13F). nil otherwise.
    public static func brokenExecutorFailed(read: Int, in events: [TraceEvent]) -> Int? {
        guard events.indices.contains(read), events[read].is(.futureRead), let object = events[read].object,
              let work = events[read].int(EventField.work),
              let broken = events[..<read].lastIndex(where: { $0.is(.executorBroken) && $0.object == object }) else { return nil }
        let answered = events[..<read].contains { $0.is(.futureResult) && $0.object == object && $0.int(EventField.work) == work }
        // gaps 31B: a ThreadPoolExecutor's break fails only the items still queued; one a thread of this process had started
        // (its numbers are unique in the process) ended by its own outcome
        if !answered, isThreadPool(object, in: events),
           events[..<read].contains(where: { $0.is(.futureStart) && $0.pid == events[read].pid && $0.int(EventField.work) == work }) {
            return nil
        }
        return answered ? nil : broken
    }

    /// "1 of ProcessPoolExecutor#1": the work item whose SystemExit result() raised again (`process.main.end` via
    /// `result()`, round 13F).
    public static func futureExitWork(_ main: TraceEvent) -> String {
        let work = main.int(EventField.work) ?? 0
        guard let executor = main.object, executor.contains("Executor#") else { return "\(work)" }
        return Phrase.workItemOfExecutor.text(["work": work, "executor": executor])
    }
}
