import TutorCore

extension GenericRules {
    /// A poll(timeout) that found nothing on a Pipe end whose other end its own process still held (gaps 17A,
    /// r16_pipes_in_order_crashed_child: "poll Pipe#2 end A: nothing after 1.002 s", and child-1 had ended without
    /// sending): the poll could not see an end of file. At most `perRule` notes, each at its poll; the premise asks the
    /// query again.
    func pollsBlindToEOF() -> [Note] {
        // perf 27Q: the query's tables made once for the run, not a scan of it at each poll
        let copies = PipeCopyIndex(timeline)
        return timeline.indices(of: .pipePoll).lazy.compactMap { index -> Note? in
            guard let found = StateQueries.pollBlindToEOF(at: index, in: timeline, using: copies) else { return nil }
            let e = events[index], other = TraceEvent.endWords(found.other)
            let how = found.maker.map { Phrase.noteEOFHiddenForked.text(["maker": $0]) } ?? Phrase.noteEOFHiddenMade.text()
            let holders = found.holders.isEmpty ? "" : Phrase.noteEOFHiddenHolders.text([
                "holders": found.holders.joined(separator: Phrase.noteStaleCheckJoin.text()), "other": other])
            let copies = found.unpickled.isEmpty ? "" : Phrase.noteEOFHiddenUnpickled.text([
                "holders": found.unpickled.joined(separator: Phrase.noteStaleCheckJoin.text()), "other": other])
            // gaps 25: a child still starting held a copy too; its name, and that nothing could have shown an EOF here
            let flight = found.inFlight.isEmpty ? "" : Phrase.noteEOFHiddenInFlight.text([
                "holders": found.inFlight.joined(separator: Phrase.noteStaleCheckJoin.text()), "other": other, "object": e.object ?? "?"])
            // round 27S (r27s_pipe_parent_end_closed--fork): a forked poller's own inherited copy is what hid the EOF;
            // "close your own copy right after start()" told the parent to do what it had done
            let phrase: Phrase = found.maker == nil ? .noteEOFHidden : .noteEOFHiddenOwnInheritedCopy
            let closed = found.makerClosedT.map { Phrase.noteEOFHiddenMakerClosed.text(["maker": found.maker ?? "?", "other": other,
                                                                                        "t": Format.seconds($0)]) } ?? ""
            let text = phrase.text(["who": StateQueries.who(e), "object": e.object ?? "?", "other": other, "closed": closed,
                                    "end": TraceEvent.endWords(e.end), "how": how, "holders": holders + copies + flight])
            return note(index, .pipeEOFHidden, text, premise: .pollBlindToEOF(step: index, holders: found.holders + found.unpickled))
        }.prefix(Self.perRule).map { $0 }
    }
}
