import TutorCore

extension GenericRules {
    /// A Process started with no target and no run() of its own (`no_target` on its `process.spawn`): its run() does
    /// nothing. Round 13 (r13_process_target_called): `Process(target=work(n))` ran work(n) in the parent, and the
    /// rows showed three children that started and ended with code 0, as if they had done the work.
    func noTargetStarts() -> [Note] {
        // the spawns by the kind index, not a look at every event (perf 36)
        let events = events
        let starts = timeline.indices(of: .processSpawn).filter { events[$0].bool(EventField.noTarget) == true }
        guard let first = starts.first else { return [] }
        // one note, at the first: the others' rows carry the same mark
        let names = starts.dropFirst().map { events[$0].string(EventField.name) ?? "?" }
        let others = names.isEmpty ? "" : Phrase.noteNoTargetOthers.text(["n": names.count, "names": names.prefix(4).joined(separator: Phrase.listComma.text())])
        let name = events[first].string(EventField.name) ?? "?"
        // a subclass's Run()/_run(): the likely cause is that method's name, not a call in target= (round 14)
        let text = events[first].string(EventField.runMisspelt).map {
            Phrase.noteNoTargetRunMisspelt.text(["name": name, "method": String($0.prefix(40)), "others": others])
        } ?? Phrase.noteNoTarget.text(["name": name, "others": others])
        return note(first, .noTarget, text, premise: nil).map { [$0] } ?? []
    }

    /// A map()/imap() task whose function raised "TypeError: … missing N required positional argument…" on an item
    /// that is a tuple: map() passes each item as one argument. Round 13 (r13_pool_map_tuple_args): `pool.map(power,
    /// pairs)` with a two-argument `power`; the rows showed each task's TypeError and nothing tied it to the call form.
    /// Said once, at the first such task's end.
    func mapItemsAsOneArgument() -> [Note] {
        let methods: Set<String> = ["map", "map_async", "imap", "imap_unordered"]
        for (i, end) in events.enumerated() where end.is(.taskEnd) && end.ok == false {
            guard let error = end.result, error.hasPrefix("TypeError: "), error.contains(" missing "),
                  error.contains("required positional argument"), let job = end.job,
                  let start = events[..<i].last(where: { $0.is(.taskStart) && $0.pid == end.pid && $0.job == job && $0.index == end.index }),
                  start.chunkItems != nil || start.bool(EventField.call) == true,
                  CallArguments.inner(start.args).hasPrefix("("),
                  let submit = events[..<i].last(where: { $0.is(.poolSubmit) && $0.job == job }),
                  let method = submit.string(EventField.method), methods.contains(method) else { continue }
            let function = start.function ?? "?"
            let text = Phrase.noteMapItemAsOneArgument.text(["func": function, "method": method,
                                                             "item": CallArguments.inner(start.args).prefix(40).description])
            return note(i, .mapItemAsOneArgument, text, premise: nil).map { [$0] } ?? []
        }
        return []
    }
}
