import TutorCore

/// The fact a note's cause rests on, as a query on the state model (`RunState` via `StateReplayer`).
///
/// A rule words its note from the answer of the same query, so the note says only what the state shows;
/// the checker asks again at the note's step and fails a note whose premise does not hold.
public enum NotePremise: Sendable, Equatable {
    /// How a pool task's time between submission and start splits by what its pool's workers were doing.
    case taskWait(pool: String, fromStep: Int, toStep: Int, split: TaskWaitSplit)
    /// The thread recorded no blocking call between the two steps.
    case noWaitBetween(pid: Int32, thread: String, fromStep: Int, toStep: Int)
    /// While the waiter waited (from its `lock.wait` to its `lock.acquire`), these held the lock, in this order.
    case lockHolders(lock: String, holders: [String], fromStep: Int, toStep: Int)
    /// The program called `call` (`kill()`, `terminate()`) on that process before it ended.
    case signalSent(childPid: Int32, call: String, beforeStep: Int)
    /// Two processes read one value through a Manager proxy, one wrote, the other overwrote it unseen (`ProxyRace`).
    case proxyLostUpdate(ProxyRace)
}

/// A task's wait for a worker, split by the pool's state over that stretch.
public struct TaskWaitSplit: Sendable, Equatable {
    /// No worker of the pool had started yet.
    public var startupNs: Int64 = 0
    /// Every started worker of the pool was running another task.
    public var busyNs: Int64 = 0
    /// At least one worker was idle: the task was on its way (the pool's task-handler thread and the pipe).
    public var handoffNs: Int64 = 0
    /// The workers started at the end of the stretch.
    public var workers = 0
}

extension NotePremise {
    /// Asks the state model again; true when the premise holds.
    public func holds(in replayer: StateReplayer) -> Bool {
        let timeline = replayer.timeline
        switch self {
        case let .taskWait(pool, from, to, split):
            return StateQueries.taskWait(pool: pool, from: from, to: to, in: replayer) == split
        case let .noWaitBetween(pid, thread, from, to):
            return !timeline.events[from...to].contains { $0.pid == pid && $0.thread == thread && WaitLedger.beginsAWait($0) }
        case let .lockHolders(lock, holders, from, to):
            return !holders.isEmpty && StateQueries.holders(of: lock, from: from, to: to, in: replayer) == holders
        case let .signalSent(child, call, step):
            let kinds: Set<EventKind> = call == "kill()" ? [.processKill] : [.processTerminate, .poolTerminate]
            return timeline.events[..<step].contains { e in
                e.is(anyOf: kinds) && (e.is(.poolTerminate) || e.int(EventField.childPid).map(Int32.init) == child)
            }
        case let .proxyLostUpdate(race):
            return race.holds(in: timeline.events)
        }
    }
}
