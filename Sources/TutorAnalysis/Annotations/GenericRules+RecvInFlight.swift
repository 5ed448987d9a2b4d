import TutorCore

extension GenericRules {
    /// A recv() that waited while a spawn or forkserver child's copy of the other end was still in flight (gaps 26B,
    /// g26b_recv_child_starting: the parent's recv() right after start() waited for the child's whole start, and no
    /// note said that no EOFError could come meanwhile). At most `perRule` notes, each at its recv; the premise asks the
    /// query again. Perf 27Q: the query's tables are made once for the run (it had scanned the run at every recv), and a
    /// run with no spawn or forkserver child is not asked at all.
    func recvsWhileCopyInFlight() -> [Note] {
        let copies = PipeCopyIndex(timeline)
        guard copies.anyStarted else { return [] }
        return timeline.indices(of: .pipeRecv).lazy.compactMap { index -> Note? in
            guard let holders = StateQueries.copiesInFlight(at: index, in: timeline, using: copies) else { return nil }
            let e = events[index], other = e.end == "A" ? "B" : "A"
            let text = Phrase.noteRecvCopyInFlight.text([
                "who": StateQueries.who(e), "object": e.object ?? "?", "other": TraceEvent.endWords(other),
                "end": TraceEvent.endWords(e.end), "holders": Phrase.andList(holders),
                "waited": Format.duration(ns: max(0, e.waitedNs ?? 0))])
            return note(index, .recvCopyInFlight, text, premise: .recvCopyInFlight(step: index, holders: holders))
        }.prefix(Self.perRule).map { $0 }
    }
}
