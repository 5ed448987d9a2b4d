import TutorCore

extension GenericRules {
    /// A child started by fork waits for its copy of a threading lock that another thread of its parent held at the
    /// fork: the copy stays locked forever (the holding thread was not copied), so acquiring it there never succeeds.
    /// Said once per child and lock, at its first wait (or failed try) on it; the premise is the state at the fork.
    func locksHeldAtFork() -> [Note] {
        var notes: [Note] = []
        // The answer depends on the child and the lock only (the state at its fork), so each pair is asked once; and
        // each child's start and spawn are found once: a search back per wait was quadratic in a lock-heavy run.
        var asked: Set<String> = []
        var forkOf: [Int32: (spawn: Int, start: Int)?] = [:]
        for index in timeline.indices(of: .lockWait, .lockBusy) where notes.count < Self.perRule {
            let e = events[index]
            // the child waits on its copy ("Lock#1 (Process-1's copy)"); what its parent held at the fork is the original
            guard let copy = e.object, asked.insert("\(e.pid) \(copy)").inserted else { continue }
            let lock = timeline.lockCopies[copy] ?? copy
            if forkOf[e.pid] == nil { forkOf[e.pid] = forkSteps(of: e.pid, before: index) }
            guard let fork = forkOf[e.pid] ?? nil,
                  let holder = StateQueries.heldAtFork(lock: lock, spawn: fork.spawn, start: fork.start, in: replayer) else { continue }
            let (spawn, start) = fork
            let text = Phrase.noteLockHeldAtFork.text(["lock": lock, "holder": holder.replacingOccurrences(of: "/", with: " · "),
                                                       "parent": events[spawn].process, "child": e.process])
            if let made = note(index, .lockHeldAtFork, text, premise: .lockHeldAtFork(lock: lock, holder: holder, spawnStep: spawn, startStep: start)) {
                notes.append(made)
            }
        }
        return notes
    }

    /// The steps of a child's spawn (in its parent) and its own start, the last ones before `step`.
    private func forkSteps(of pid: Int32, before step: Int) -> (spawn: Int, start: Int)? {
        guard let start = events[..<step].lastIndex(where: { $0.is(.processStart) && $0.pid == pid }),
              let spawn = events[..<start].lastIndex(where: { $0.is(.processSpawn) && $0.childPid == pid }) else { return nil }
        return (spawn, start)
    }
}
