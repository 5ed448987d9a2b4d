import TutorCore
import TutorAnalysis

/// Rows of what could not be pickled: a Pool task its task handler could not send, with the exception's text and the
/// argument whose pickling failed when the tracer recorded them; the argument of a spawn/forkserver start() (gaps 13B).
extension EventDescriber {
    /// A Pool task the task handler could not send; an older transcript has no message: the row says what it can.
    func taskNotSent(_ e: TraceEvent) -> String {
        guard let message = e.string(EventField.message) else { return Phrase.evResultNotSent.text(["task": taskName(e)]) }
        if let item = e.int(EventField.chunkItem) {     // a map() chunk's item (gaps 14B)
            let input = e.int(EventField.inputIndex).map { Phrase.evResultNotSentChunkInput.text(["index": $0]) } ?? ""
            return Phrase.evResultNotSentChunkItem.text(["task": taskName(e), "item": item, "input": input, "message": message,
                                                         "type": argumentType(e)])
        }
        guard let argument = e.string(EventField.argument) else {
            return Phrase.evResultNotSentMessage.text(["task": taskName(e), "message": message])
        }
        return Phrase.evResultNotSentArgument.text(["task": taskName(e), "argument": argument, "message": message,
                                                    "type": argumentType(e)])
    }

    /// " (the argument that could not be pickled: …)" after a failed start()'s error, when the tracer found it; else "".
    func startArgument(_ e: TraceEvent) -> String {
        guard let argument = e.string(EventField.argument) else { return "" }
        return Phrase.evStartArgumentUnpicklable.text(["argument": argument, "type": argumentType(e)])
    }

    /// The type of the argument that could not be pickled, with its module when the error's own text gives it for that
    /// very type (round 22, r22_sqlite_conn_before_start: "a Connection", for a sqlite3.Connection, read as
    /// multiprocessing's Connection, which pickles). A private module (_io.BufferedRandom) keeps the short name.
    func argumentType(_ e: TraceEvent) -> String {
        let type = e.string(EventField.argumentType) ?? "?"
        let text = (e.string(EventField.error) ?? "") + " " + (e.string(EventField.message) ?? "")
        guard let open = text.range(of: "cannot pickle '"), let close = text[open.upperBound...].firstIndex(of: "'") else { return type }
        let named = text[open.upperBound..<close]
        guard named.hasSuffix("." + type), !named.hasPrefix("_"), !named.contains(" ") else { return type }
        return String(named)
    }

    /// "; the worker's pickle raised TypeError(…)" after a MaybeEncodingError's row, when the tracer recorded the
    /// reason (gaps 34B); at most 300 characters of it (a transcript from elsewhere may hold more); else "".
    func unpicklableReason(_ e: TraceEvent) -> String {
        guard let reason = e.string(EventField.reason), !reason.isEmpty else { return "" }
        return Phrase.evResultUnpicklableReason.text(["reason": reason.count <= 300 ? reason : reason.prefix(299) + "…"])
    }

    /// A child's parent_process().is_alive(): the first result, then each change, with how many calls returned the
    /// other result in between (the tracer records only these; gaps 13B).
    func parentAlive(_ e: TraceEvent) -> String {
        let alive = e.bool(EventField.alive) == true
        let result = alive ? "True" : "False", other = alive ? "False" : "True"
        let before = max(0, (e.int(EventField.calls) ?? 1) - 1)
        let after = before == 0 ? "" : Phrase.evParentAliveAfter.text(["n": before, "s": before == 1 ? "" : "s", "other": other])
        return Phrase.evParentAlive.text(["parent": e.string(EventField.parent) ?? "?", "pid": e.int(EventField.parentPid) ?? 0,
                                          "result": result, "after": after])
    }
}
