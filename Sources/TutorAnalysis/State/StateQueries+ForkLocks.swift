import TutorCore

extension StateQueries {
    /// The holder of the threading lock `lock` at the fork of the child whose parent's `process.spawn` is at `spawn` and
    /// whose own `process.start` (start method fork: a copy of the parent's memory) is at `start`: a thread of the parent
    /// other than the forking one that holds it at every step in between (so it held it when the fork happened, whenever
    /// in that stretch it did); nil when there is none, the lock is not a threading one, or the child was not forked.
    static func heldAtFork(lock: String, spawn: Int, start: Int, in replayer: StateReplayer) -> String? {
        let events = replayer.timeline.events
        guard spawn >= 0, start > spawn, start < events.count else { return nil }
        let forker = events[spawn], child = events[start]
        guard forker.is(.processSpawn), child.is(.processStart), forker.childPid == child.pid,
              child.string(EventField.startMethod) == "fork",
              events.contains(where: { $0.is(.lockCreate) && $0.object == lock && $0.bool(EventField.threading) == true })
        else { return nil }
        let parent = forker.process, forking = who(forker)
        var state = replayer.state(after: spawn)
        func candidates(_ state: RunState) -> Set<String> {
            Set((state.locks.first { $0.label == lock }?.holders.map(\.who) ?? []).filter {
                $0 != forking && ($0 == parent || $0.hasPrefix(parent + "/"))
            })
        }
        var held = candidates(state)
        var step = spawn
        while !held.isEmpty, step < start {
            step += 1
            state.apply(step, of: replayer.timeline)
            held.formIntersection(candidates(state))
        }
        return held.sorted().first
    }
}
