import TutorCore

extension GenericRules {
    /// A Process started with no target and no run() of its own (`no_target` on its `process.spawn`): its run() does
    /// nothing. Round 13 (r13_process_target_called): `Process(target=work(n))` ran work(n) in the parent, and the
    /// rows showed three children that started and ended with code 0, as if they had done the work.
    func noTargetStarts() -> [Note] {
        let starts = events.indices.filter { events[$0].is(.processSpawn) && events[$0].bool(EventField.noTarget) == true }
        guard let first = starts.first else { return [] }
        // one note, at the first: the others' rows carry the same mark
        let names = starts.dropFirst().map { events[$0].string(EventField.name) ?? "?" }
        let others = names.isEmpty ? "" : Phrase.noteNoTargetOthers.text(["n": names.count, "names": names.prefix(4).joined(separator: ", ")])
        let text = Phrase.noteNoTarget.text(["name": events[first].string(EventField.name) ?? "?", "others": others])
        return note(first, .noTarget, text, premise: nil).map { [$0] } ?? []
    }
}
