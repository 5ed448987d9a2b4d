import TutorCore

extension GenericRules {
    /// A map()/starmap()/map_async() given a generator: CPython's `_map_async` makes it into a list before the task
    /// exists (`if not hasattr(iterable, '__len__'): iterable = list(iterable)`), running the generator's own code in
    /// the caller's thread. The tracer stamps `pool.submit` when that list is complete and, since round 34, gives the
    /// time since the call began (`listed_ns`). Round 34 (r34_map_vs_imap_slow_reader): the nine "read line" rows came
    /// before "map → task 0" with nothing saying they ran inside map(), and "map() of task 0 returned after 6 ms" read
    /// as the call's length, 476 ms in all. The note gives the record's own times: the call's start, the listing's end,
    /// the rows of that thread between them, and (map()/starmap(), which block) when the call returned.
    func mapListedGenerators() -> [Note] {
        var notes: [Note] = []
        // Perf 35: a run with no `listed_ns` anywhere (no generator given to map()) asks no submission for it.
        guard EventName.mayBeKey(EventField.listedNs) else { return notes }
        for i in timeline.indices(of: .poolSubmit) where notes.count < Self.perRule {
            let e = events[i]
            guard let listed = e.int(EventField.listedNs), listed > 0, listed <= e.t else { continue }
            let method = e.method ?? "map_async", start = e.t - listed
            let inside = events[..<i].reversed().prefix { $0.t >= start }.filter { $0.pid == e.pid && $0.thread == e.thread }.count
            var values = ["call": "\(method)()", "who": StateQueries.who(e), "job": String(e.job ?? 0),
                          "took": Format.duration(ns: listed), "start": Format.seconds(start),
                          "listed": Format.seconds(e.t), "n": String(inside)]
            var text = Phrase.noteMapListedGenerator.text(in: .current, filling: values)
            if let end = returned(after: i, of: e) {
                values["end"] = Format.seconds(events[end].t)
                values["total"] = Format.duration(ns: events[end].t - start)
                values["waited"] = Format.duration(ns: events[end].t - e.t)
                text += Phrase.noteMapListedGeneratorReturned.text(in: .current, filling: values)
            }
            if let n = note(i, .mapListedGenerator, text + Phrase.noteMapListedGeneratorImap.text(), premise: nil) { notes.append(n) }
        }
        return notes
    }
}

private extension GenericRules {
    /// The `pool.get` that ended a blocking map()/starmap() of this submission: the same thread, the same job.
    func returned(after i: Int, of e: TraceEvent) -> Int? {
        guard let method = e.method, !method.hasSuffix("_async"), let job = e.job else { return nil }
        return events.indices[(i + 1)...].first {
            events[$0].is(.poolGet) && events[$0].pid == e.pid && events[$0].thread == e.thread && events[$0].job == job
        }
    }
}
