import TutorCore

extension GenericRules {
    /// The error_callback of a map_async()/starmap_async() of several chunks. pool.py's `MapResult._set` keeps only the
    /// first exception that comes back and calls the error_callback with it once every chunk is back; the results of
    /// the chunks that did not raise reach no callback. Round 14 (r14_map_async_error_callback_chunks): the note said
    /// the callback "gets all their results together", which is the success callback's case.
    func errorCallbackChunks(_ callback: TraceEvent, at index: Int, chunks: Int, workers: String) -> String {
        let failed = events[..<index].filter { $0.is(.poolResult) && $0.pid == callback.pid && $0.job == callback.job && $0.ok == false }
        func name(_ e: TraceEvent) -> String {
            let i = e.index ?? 0
            return i == 0 ? "task \(e.job ?? 0)" : "task \(e.job ?? 0).\(i)"
        }
        let others = failed.dropFirst().map(name)
        return Phrase.noteErrorCallbackChunks.text([
            "task": "task \(callback.job ?? 0)", "n": chunks, "workers": workers,
            "first": failed.first.map(name) ?? "?",
            "others": others.isEmpty ? "" : Phrase.noteErrorCallbackOthers.text(["names": others.prefix(4).joined(separator: Phrase.listComma.text())])])
    }
}
