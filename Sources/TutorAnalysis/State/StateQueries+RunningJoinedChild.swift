import TutorCore

extension StateQueries {
    /// A join still waiting at a step on a child that went on recording events while it waited.
    struct JoinedChildRunning: Equatable {
        /// When the join's wait began (its `process.join.wait`).
        let since: Int64
        /// The join is multiprocessing's own at interpreter exit (`_exit_function`), not the program's.
        let implicit: Bool
        /// `daemon=` as the child was started with, when its start was recorded.
        let daemon: Bool?
        /// Events the child recorded after the wait began, through the step.
        let events: Int
        /// The time of the last of them.
        let last: Int64
    }

    /// The wait of `joiner` (pid, thread) in join() on `child` open at `step` (its `process.join.wait`, no
    /// `process.join` after it), when `child` recorded at least one event after that wait began and none of them was its
    /// end (`process.run.end`, `process.exit`): the child was running, not stuck, while it was joined; nil otherwise
    /// (round 33: a monitor in `while True` joined at exit, r33_monitor_forever_hang).
    static func joinedChildRunning(joiner: Int32, thread: String, child: Int32, through step: Int,
                                   in events: [TraceEvent]) -> JoinedChildRunning? {
        guard step >= 0, step < events.count,
              let wait = events[...step].lastIndex(where: { $0.is(.processJoinWait) && $0.pid == joiner && $0.thread == thread && $0.childPid == child })
        else { return nil }
        var count = 0
        var last: Int64 = 0
        for e in events[(wait + 1)..<(step + 1)] {   // empty when the wait is the step itself
            if e.is(.processJoin), e.pid == joiner, e.thread == thread, e.childPid == child { return nil }
            guard e.pid == child, e.string(EventField.observedBy) == nil else { continue }
            if e.is(.processRunEnd) || e.is(.processExit) { return nil }
            count += 1
            last = e.t
        }
        guard count > 0 else { return nil }
        let start = events.first { $0.is(.processSpawn) && $0.childPid == child }
        return JoinedChildRunning(since: events[wait].t, implicit: events[wait].bool(EventField.implicit) == true,
                                  daemon: start?.bool(EventField.daemon), events: count, last: last)
    }
}
