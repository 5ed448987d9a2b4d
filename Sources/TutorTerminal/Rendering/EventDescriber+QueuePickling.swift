import TutorCore

extension EventDescriber {
    /// A Queue's feeder thread pickled an object that the program changed after put(): the row names both reprs, so
    /// the put row (what put() saw) and the reader's get (what was pickled) no longer seem to contradict each other.
    func putChanged(_ e: TraceEvent, object: String) -> String {
        let ago = e.int(EventField.sincePutNs).map { Phrase.evQueuePutChangedAgo.text(["duration": Format.duration(ns: $0)]) } ?? ""
        let sent = e.string(EventField.sent) ?? "?"
        // the tracer compares pickles: two shortened reprs can read the same while the bytes differ
        let unseen = sent == e.item ? Phrase.evQueuePutChangedBeyondRepr.text() : ""
        return Phrase.evQueuePutChanged.text(["object": object, "sent": sent, "item": e.item ?? "?", "ago": ago]) + unseen
    }
}
