import TutorCore

extension GenericRules {
    /// A Listener/Client recv() that raised EOFError because the process holding the other end had ended without
    /// closing it (round 32, r32_chat_relay_crash): the row said only "recv on Connection#3 (listener side): EOFError",
    /// and nothing tied it to the client's os._exit(3) a few rows up. At most `perRule` notes, each at its recv; the
    /// premise asks the query again.
    func recvEOFsFromEndedPeers() -> [Note] {
        // each candidate's query reads the record before it once: a bounded number of candidates keeps the pass linear
        // on a record of many connections that each ended in EOFError
        let candidates = timeline.indices(of: .pipeRecv).lazy.filter { i in
            let e = self.events[i]
            return (e.end == "listener" || e.end == "client") && e.string(EventField.error)?.hasPrefix("EOFError") == true
        }.prefix(Self.perRule * 8)
        return candidates.compactMap { index -> Note? in
            guard let peer = StateQueries.recvEOFPeerEnded(at: index, in: events) else { return nil }
            let e = events[index], end = events[peer.endStep]
            let other = e.end == "listener" ? "client" : "listener"
            let how = end.exitCode.map { Phrase.noteRecvEOFPeerExitCode.text(["code": $0]) } ?? ""
            let text = Phrase.noteRecvEOFPeerEnded.text([
                "who": StateQueries.who(e), "object": e.object ?? "?", "end": TraceEvent.endWords(e.end),
                "other": TraceEvent.endWords(other), "holder": peer.holder, "at": Format.seconds(end.t), "how": how])
            return note(index, .recvEOFPeerEnded, text, premise: .recvEOFPeerEnded(step: index, endStep: peer.endStep))
        }.prefix(Self.perRule).map { $0 }
    }
}
