import TutorCore

extension GenericRules {
    /// A thread that read a shared Array one item at a time while another process wrote it (round 35S,
    /// r35s_array_torn_snapshot: the watcher's five `read Array#1[i]` rows with the mover's `wrote` rows between them,
    /// and its "torn sums seen: some"; no note said why). Said once per reading process and Array, at the last read of its
    /// first such sweep, with the count of its sweeps that had writes between their reads.
    func tornSweeps() -> [Note] {
        let sweeps = StateQueries.tornSweeps(in: timeline)
        guard !sweeps.isEmpty else { return [] }
        var notes: [Note] = [], said: Set<String> = []
        for sweep in sweeps where notes.count < Self.perRule {
            let first = events[sweep.reads[0]], lastStep = sweep.reads[sweep.reads.count - 1]
            let key = "\(first.pid) \(sweep.object)"
            guard !said.contains(key) else { continue }
            said.insert(key)
            let write = events[sweep.writes[0]]
            let torn = sweeps.filter { events[$0.reads[0]].pid == first.pid && $0.object == sweep.object }.count
            let more = sweep.writes.count > 1 ? Phrase.noteTornSweepMoreWrites.text(["n": sweep.writes.count]) : ""
            let lock = replayer.state(after: lastStep).shared.first { $0.label == sweep.object }?.lock ?? "?"
            let text = Phrase.noteTornSweep.text([
                "reader": first.process, "object": sweep.object, "first": first.attr ?? "?", "last": events[lastStep].attr ?? "?",
                "n": sweep.reads.count, "t0": Format.seconds(first.t), "t1": Format.seconds(events[lastStep].t),
                "writer": write.process, "attr": write.attr ?? "", "tw": Format.seconds(write.t), "more": more,
                "lock": lock, "torn": torn])
            if let made = note(lastStep, .tornSweep, text, premise: .tornSweep(object: sweep.object, reads: sweep.reads, writes: sweep.writes)) {
                notes.append(made)
            }
        }
        return notes
    }
}
