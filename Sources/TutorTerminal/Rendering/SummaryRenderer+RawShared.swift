import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// Gaps 36B: the shared ctypes objects made with no lock (RawArray(), RawValue(), lock=False, sharedctypes.copy()),
    /// which the summary did not name. Their reads and writes are plain ctypes accesses the tracer does not see (wrapping
    /// them would change the object's type: not transparent), so the record cannot show who wrote what; the summary
    /// says they have no lock. One that synchronized() wraps is read and written through its wrapper, with the wrapper's
    /// lock, as the program meant (its rows say a direct access takes none): not listed.
    func rawSharedLines() -> [String] {
        let events = timeline.events
        let creates = timeline.indices(of: .sharedCreate)
        let wrapped = Set(creates.compactMap { events[$0].string(EventField.wraps) })
        var listed: [String] = []
        for i in creates {
            let e = events[i]
            guard e.bool(EventField.lock) == false, let label = e.object, !wrapped.contains(label) else { continue }
            let ctype = e.ctype ?? "?"
            listed.append(Phrase.summaryRawSharedItem.text(["label": label, "ctype": e.length.map { "\(ctype)[\($0)]" } ?? ctype]))
        }
        guard !listed.isEmpty else { return [] }
        let shown = listed.prefix(8).joined(separator: Phrase.listComma.text()) + (listed.count > 8 ? Phrase.listComma.text() + Phrase.panelMore.text(["n": listed.count - 8]) : "")
        return ["  " + (listed.count == 1 ? Phrase.summaryRawSharedOne : .summaryRawShared).text(["n": listed.count, "list": shown])]
    }
}
