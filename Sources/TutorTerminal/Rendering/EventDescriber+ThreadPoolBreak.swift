import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The row of a ThreadPoolExecutor's `executor.broken` (gaps 31B): 3.11's worker thread whose initializer raised marks
    /// its pool broken itself, failing the items still queued with BrokenThreadPool. The initializer and its thread are
    /// named when the record holds that thread's failed `executor.init.end` just before; nil for a ProcessPoolExecutor.
    func threadPoolBreak(_ index: Int) -> String? {
        let e = timeline.events[index]
        guard StateQueries.isThreadPool(e.object, in: timeline.events) else { return nil }
        let object = e.object ?? "ThreadPoolExecutor"
        let n = e.pending ?? 0
        let head = StateQueries.threadInitializerFailure(before: index, in: timeline.events).map { end in
            Phrase.evThreadPoolBrokenBy.text(["object": object, "func": timeline.events[end].string(EventField.function) ?? "?",
                                              "thread": timeline.events[end].thread])
        } ?? Phrase.evThreadPoolBrokenHead.text(["object": object])
        let tail: Phrase = n == 0 ? .evThreadPoolBrokenNone : n == 1 ? .evThreadPoolBrokenOne : .evThreadPoolBrokenMany
        return head + tail.text(["n": n])
    }
}
