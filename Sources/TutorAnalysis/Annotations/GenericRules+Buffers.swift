import TutorCore

extension GenericRules {
    /// Lost updates to a field read-modify-written through views by several processes (`ViewLostUpdates`): at the read
    /// that found the shortfall, after every writer ended.
    func viewLostUpdates() -> [Note] {
        ViewLostUpdates.all(in: timeline).prefix(Self.perRule).compactMap { found in
            // A ShareableList's items (round 6) are proved the same way: no lock orders their accesses either.
            let list = events[found.finalStep].bool(EventField.list) == true
            let text = found.text(list ? .noteListLostUpdates : .noteViewLostUpdates, reader: Self.who(events[found.finalStep]))
            return note(found.finalStep, .lostUpdate, text, premise: .viewLostUpdates(found))
        }
    }

    /// A process that a signal ended after it printed to a block-buffered stdout (`stdout_buffered` on its start): what
    /// it printed after its last flush was still in its buffer and was lost, untraced as well. How much cannot be known
    /// (a full buffer flushes by itself, unseen), so the note says that its print rows may show text never output: only
    /// those after its last recorded `print.flush`, and nothing when every print was flushed (late 19A).
    func bufferedOutputLosses() -> [Note] {
        var seen: Set<Int32> = []
        var notes: [Note] = []
        for index in timeline.indices(of: .processExit, .processReaped) where notes.count < Self.perRule {
            let e = events[index]
            guard let code = e.exitCode, code < 0, let pid = e.is(.processExit) ? e.pid : e.childPid, seen.insert(pid).inserted,
                  let prints = StateQueries.bufferedPrints(pid: pid, before: index, in: events), prints > 0 else { continue }
            let name = e.is(.processExit) ? e.process : (e.string(EventField.name) ?? "a child")
            let flushed = StateQueries.flushedStdout(pid: pid, before: index, in: events)
            let text = (flushed ? Phrase.noteBufferedLostSinceFlush : Phrase.noteBufferedLost).text(["name": name, "signal": Format.signalName(Int32(clamping: -code)), "n": prints,
                                                     "s": prints == 1 ? "" : "s"])
            if let made = note(index, .bufferedOutputLost, text, premise: .bufferedOutputLost(pid: pid, step: index, prints: prints)) {
                notes.append(made)
            }
        }
        return notes
    }

    /// A shared_memory segment created and never unlinked (`SegmentLeak`), with the resource tracker's warning when the
    /// record has it.
    func segmentLeaks() -> [Note] {
        // a segment the tracker's note names (gaps 29B: the record has its registrations) is said there, once
        let named = Set(TrackerLeak.all(in: timeline).flatMap { $0.entries.compactMap(\.object) })
        return SegmentLeak.all(in: timeline).filter { !named.contains($0.object) }.prefix(Self.perRule).compactMap { leak in
            let text = Phrase.noteShmNotUnlinked.text(["object": leak.object, "name": leak.name])
                + (leak.warning == nil ? "" : Phrase.noteShmTrackerWarned.text())
            return note(leak.step(in: events), .segmentLeak, text, premise: .segmentLeak(leak))
        }
    }
}
