import TutorCore

extension GenericRules {
    /// A child started by fork waits for its copy of a threading lock that another thread of its parent held at the
    /// fork: the copy stays locked forever (the holding thread was not copied), so acquiring it there never succeeds.
    /// Said once per child and lock, at its first wait (or failed try) on it; the premise is the state at the fork.
    func locksHeldAtFork() -> [Note] {
        var notes: [Note] = []
        var said: Set<String> = []
        for index in events.indices(of: .lockWait, .lockBusy) where notes.count < Self.perRule {
            let e = events[index]
            guard let lock = e.object, !said.contains("\(e.pid) \(lock)"),
                  let start = events[..<index].lastIndex(where: { $0.is(.processStart) && $0.pid == e.pid }),
                  let spawn = events[..<start].lastIndex(where: { $0.is(.processSpawn) && $0.childPid == e.pid }),
                  let holder = StateQueries.heldAtFork(lock: lock, spawn: spawn, start: start, in: replayer) else { continue }
            said.insert("\(e.pid) \(lock)")
            let text = Phrase.noteLockHeldAtFork.text(["lock": lock, "holder": holder.replacingOccurrences(of: "/", with: " · "),
                                                       "parent": events[spawn].process, "child": e.process])
            if let made = note(index, .lockHeldAtFork, text, premise: .lockHeldAtFork(lock: lock, holder: holder, spawnStep: spawn, startStep: start)) {
                notes.append(made)
            }
        }
        return notes
    }
}
