import TutorCore

/// A SimpleQueue's put() that raised in the caller (gaps 19A).
extension EventDescriber {
    /// The tracer says whether the raise came from pickling the item (multiprocessing.reduction's dumps() in the
    /// traceback): only then does the row say why; anything else (a closed queue's pipe) is shown as it was raised.
    func simplePutErrorRow(_ e: TraceEvent, _ object: String) -> String {
        let phrase: Phrase = e.bool(EventField.pickling) == true ? .evSimplePutUnpicklable : .evSimplePutRaised
        return phrase.text(["item": e.item ?? "?", "object": object, "error": e.string(EventField.error) ?? "?"])
    }
}
