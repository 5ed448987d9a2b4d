import TutorCore

/// Questions about a stretch of a run, answered from the state model step by step.
public enum StateQueries {
    /// Splits the time from step `from` to step `to` (the task's start) by what `pool`'s workers were doing:
    /// none started yet, all running tasks, one idle while tasks submitted before this one still waited, or
    /// one idle with this task first in line.
    public static func taskWait(pool: String, from: Int, to: Int, in replayer: StateReplayer) -> TaskWaitSplit {
        let events = replayer.timeline.events
        guard from >= 0, to > from, to < events.count else { return TaskWaitSplit() }
        var state = replayer.state(after: from)
        var split = TaskWaitSplit()
        let mine = (job: events[to].job ?? 0, index: events[to].int(EventField.index) ?? 0)
        // the manager rows that show a worker still served after its task (one pass over the rest of the run)
        let hangUps = managerHangUps(from: from, in: replayer.timeline)
        var step = from
        while step < to {
            let workers = state.pools.first { $0.label == pool }?.workers ?? []
            let leaving = state.pools.first { $0.label == pool }?.leaving ?? []
            let span = events[step + 1].t - events[step].t
            if workers.isEmpty, (state.pools.first { $0.label == pool }?.workersStarted ?? 0) > 0 {
                split.replacingNs += span
            } else if workers.isEmpty {
                split.startupNs += span
            } else if workers.allSatisfy({ $0.task != nil }) {
                split.busyNs += span
            } else if workers.allSatisfy({ $0.task != nil || leaving.contains($0.name) }) {
                // no worker free: those not in a task had left run() (returned or raised) and were ending
                split.endingNs += span
            } else if workers.allSatisfy({ $0.task != nil || leaving.contains($0.name) || hangUps.closing($0.name, at: step) }) {
                // those not in a task had ended one and the manager's thread serving them had not ended: not shown free,
                // a worker drops a finished task's proxies (one connection each) before it takes another (issue 11)
                split.droppingNs += span
            } else if let found = state.pools.first(where: { $0.label == pool }), found.lostTaken > 0,
                      found.waiting.count(before: mine, upTo: found.lostTaken + 1) == found.lostTaken {
                // the only tasks ahead of this one that never started are those lost (tasks go out in order, so the lost
                // ones are the oldest not started): none of them was still waiting for a worker
                split.lostAheadNs += span
            } else if let first = state.pools.first(where: { $0.label == pool })?.waiting.pairs().next(),
                      first.job != mine.job || first.index != mine.index {
                split.aheadNs += span
            } else {
                split.handoffNs += span
            }
            step += 1
            state.apply(step, of: replayer.timeline)
        }
        split.workers = state.pools.first { $0.label == pool }?.workers.count ?? 0
        return split
    }

    /// How the state model names the process (and thread) of `event`: "Process-1", or "Process-1/worker".
    static func who(_ event: TraceEvent) -> String {
        event.thread == "MainThread" ? event.process : "\(event.process)/\(event.threadRole)"
    }

    /// Who holds the Lock or RLock `lock` in `state`, each once, when every one of them is a process (or a thread of one)
    /// that has ended; empty when the lock is free, any holder's process is alive, or it is a semaphore (any process may
    /// release its units) whose `units` (its initial value, when known) are not all taken by such holders.
    public static func endedHolders(of lock: String, in state: RunState, units: Int? = nil) -> [String] {
        guard let found = state.locks.first(where: { $0.label == lock }) else { return [] }
        if found.type.hasSuffix("Semaphore") {
            // every unit taken and not given back: more acquires than releases, by processes that ended (round 10A);
            // a unit a non-holder released is one more to take (gaps 21A)
            guard let units, units > 0, found.holders.count >= units + found.unitsReleasedByOthers else { return [] }
        } else if found.type != "Lock" && found.type != "RLock" {
            return []
        }
        let holders = found.holders.map(\.who)
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let ended = holders.allSatisfy { who in
            let process = who.split(separator: "/", maxSplits: 1).first.map(String.init) ?? who
            return state.processes.contains { $0.name == process } && !state.processes.contains { $0.name == process && $0.isAlive }
        }
        return ended ? holders : []
    }

    /// A semaphore's initial value, from its creation record (nil for a lock, or one made before tracing began).
    static func semaphoreUnits(of lock: String, in events: [TraceEvent]) -> Int? {
        guard let made = events.first(where: { $0.is(.lockCreate) && $0.object == lock }),
              made.objectType?.hasSuffix("Semaphore") == true, let value = made.int(EventField.value) else { return nil }
        return Int(value)
    }

    /// Who held `lock` at any step from `from` to `to`, in the order they first held it.
    public static func holders(of lock: String, from: Int, to: Int, in replayer: StateReplayer) -> [String] {
        let events = replayer.timeline.events
        guard from >= 0, to >= from, to < events.count else { return [] }
        var state = replayer.state(after: from)
        var seen: [String] = []
        var step = from
        while true {
            for holder in state.locks.first(where: { $0.label == lock })?.holders.map(\.who) ?? [] where !seen.contains(holder) {
                seen.append(holder)
            }
            guard step < to - 1 else { break }
            step += 1
            state.apply(step, of: replayer.timeline)
        }
        return seen
    }
}
