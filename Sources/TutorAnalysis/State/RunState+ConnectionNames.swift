import TutorCore

extension RunState {
    /// The objects a `connection.wait`/`connection.waited` names (`what`, `ends`: round 6 transcripts), in words:
    /// "Pipe#1 end A, Process-2's sentinel, a socket"; nil when the event does not name them (older transcripts).
    /// More objects than the tracer named (it names 16) end with "…".
    public static func connectionNames(_ e: TraceEvent, count: Int? = nil) -> String? {
        guard let what = e[EventField.what]?.arrayValue, !what.isEmpty else { return nil }
        let ends = e[EventField.ends]?.arrayValue ?? []
        let names = what.enumerated().map { i, item -> String in
            let text = item.stringValue ?? "?"
            if let end = ends.indices.contains(i) ? ends[i].stringValue : nil {
                // a traced queue's reader (gaps 30C): "Queue#1's reader", not "Queue#1 end reader"
                if end == "reader" { return Phrase.waitQueueReader.text(["object": text]) }
                // a Listener/Client connection's side in the rows' own words, "(listener side)", not "end listener"
                if TraceEvent.isConnectionSide(end) {
                    return Phrase.waitConnectionSide.text(["object": text, "side": TraceEvent.endWords(end)])
                }
                return Phrase.waitPipeEnd.text(["object": text, "end": end])
            }
            if text.hasPrefix("sentinel:") { return Phrase.waitSentinel.text(["name": String(text.dropFirst("sentinel:".count))]) }
            switch text {
            case "socket": return Phrase.waitSocket.text()
            case "fd": return Phrase.waitFd.text()
            default: return text
            }
        }
        let more = (count ?? names.count) > names.count ? Phrase.evComma.text() + "…" : ""
        return names.joined(separator: Phrase.evComma.text()) + more
    }
}
