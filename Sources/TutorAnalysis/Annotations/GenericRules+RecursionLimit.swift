import TutorCore

extension GenericRules {
    /// A spawn/forkserver child's run() ended by RecursionError after its parent had raised (or lowered) its own
    /// recursion limit (gaps 30B's Left, gaps 31A): the child does not inherit it, a fresh interpreter starts with 1000.
    /// Said at the child's `process.run.end`; the record shows the parent's limit at the start, not the child's own
    /// calls, so the note says what the child started with, not what it had when it raised.
    func recursionLimitNotInherited() -> [Note] {
        var notes: [Note] = []
        // Each child's spawns found once: a scan back per run end would be quadratic on a record of many children.
        var spawnsOf: [Int32: [Int]] = [:]
        for i in timeline.indices(of: .processSpawn) { if let pid = events[i].childPid { spawnsOf[pid, default: []].append(i) } }
        let spawnOf: (Int32, Int) -> Int? = { pid, step in spawnsOf[pid]?.last(where: { $0 < step }) }
        for end in timeline.indices(of: .processRunEnd) where notes.count < Self.perRule {
            guard let found = StateQueries.recursionLimitNotInherited(at: end, in: events, spawnOf: spawnOf) else { continue }
            let spawn = events[found.spawnStep]
            let text = Phrase.noteRecursionLimitNotInherited.text([
                "child": events[end].process, "parent": StateQueries.who(spawn), "n": found.limit,
                "t": Format.seconds(spawn.t), "method": found.method, "default": StateQueries.defaultRecursionLimit])
            let premise = NotePremise.recursionLimitNotInherited(step: end, spawnStep: found.spawnStep)
            if let n = note(end, .recursionLimitNotInherited, text, premise: premise) { notes.append(n) }
        }
        return notes
    }
}
