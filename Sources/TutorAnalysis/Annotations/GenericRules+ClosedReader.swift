import TutorCore

extension GenericRules {
    /// The note of a ProcessPoolExecutor broken by its own closed result reader (`reader_closed`, gaps 12B): no worker died
    /// and no result failed; with the interrupted `shutdown()` that let a later one close the reader, when the record has
    /// it. Nil when the event does not say the reader was closed.
    func readerClosed(_ index: Int) -> Note? {
        guard let found = StateQueries.closedReader(broken: index, in: events) else { return nil }
        let broken = events[index], pending = broken.pending ?? 0, object = broken.object ?? "ProcessPoolExecutor"
        var text = Phrase.noteReaderClosed.text(["object": object])
        if let interrupted = found.interrupted {
            let by = found.shutdown.map { Phrase.noteReaderClosedBy.text(["t": Format.seconds(events[$0].t)]) } ?? ""
            text += Phrase.noteReaderClosedInterrupted.text([
                "t": Format.seconds(events[interrupted].t), "error": events[interrupted].string(EventField.error) ?? "?", "shutdown": by])
        }
        text += Phrase.noteReaderClosedEffect.text(["pending": pending, "n": pending])
        let plain = (NoteKind.brokenExecutorPlain, (pending == 1 ? Phrase.noteBrokenPlainOne : Phrase.noteBrokenPlain)
            .text(["object": object, "pending": pending, "n": pending]))
        return note(index, .brokenExecutor, text, premise: .readerClosed(brokenStep: index, found: found), fallback: plain)
    }
}
