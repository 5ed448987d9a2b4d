import TutorCore

extension GenericRules {
    /// The note of a ThreadPoolExecutor's `executor.broken` (gaps 31B): the worker thread whose initializer raised broke
    /// the pool itself, so the queued items fail with BrokenThreadPool and later submits are refused, while items other
    /// threads run go on. Nil for a ProcessPoolExecutor's break; without that thread's failed initializer in the record,
    /// only that it broke is said.
    func threadPoolBroke(_ index: Int) -> Note? {
        let e = events[index]
        guard let object = e.object, StateQueries.isThreadPool(object, in: events) else { return nil }
        let pending = e.pending ?? 0
        let plain = (NoteKind.brokenExecutorPlain, Phrase.noteThreadPoolBrokenPlain.text(["object": object, "pending": pending, "n": pending]))
        guard let end = StateQueries.threadInitializerFailure(before: index, in: events) else {
            return Note(eventIndex: index, text: plain.1, source: .rule, kind: plain.0)
        }
        let text = Phrase.noteThreadPoolInitializerBroke.text([
            "func": events[end].string(EventField.function) ?? "?", "error": events[end].string(EventField.error) ?? "?",
            "thread": events[end].thread, "object": object, "pending": pending, "n": pending])
        return note(index, .brokenExecutor, text, premise: .threadInitializerBroke(brokenStep: index, initEnd: end), fallback: plain)
    }
}
