import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The program's own call that reaped a child (`is_alive()`, `exitcode`, `join()`, `start()`, `active_children()`),
    /// and, when the child's own exit came 100 ms or more before, how long it was a zombie (round 9B, r9b_zombie_is_alive).
    /// Only of a child whose parent is the caller: a forkserver child's parent is the fork server, which reaps it when it
    /// ends and passes its exit code on, so a late call there reaped no zombie (round 17M).
    func reapedBy(_ call: String, _ index: Int, child: String) -> String {
        let e = timeline.events[index]
        let row = Phrase.evReapedBy.text(["call": call, "name": child, "code": number(e, "exitcode")])
        guard let pid = e.childPid,
              let exitIndex = timeline.events[..<index].lastIndex(where: { $0.is(.processExit) && $0.pid == pid }),
              case let exit = timeline.events[exitIndex], e.t - exit.t >= 100_000_000,
              exit.ppid == 0 || exit.ppid == e.pid
        else { return row }
        // The exit is the child's last recorded event, not its end: when the record shows it running after it, the
        // zombie time is bounded by that sighting (round 24S: a join() that waited 124 ms was said to reap a zombie of 453 ms).
        if let seen = StateQueries.seenRunningAfterExit(pid, name: e.string(EventField.name), parent: e.pid, exitIndex: exitIndex,
                                                        before: index, in: timeline.events) {
            let how = seen.evidence == .joinFoundRunning ? Phrase.evReapedSeenByJoin : .evReapedSeenBySentinel
            return row + Phrase.evReapedEndedLate.text(["name": child, "t": Format.seconds(exit.t), "seen": Format.seconds(seen.t),
                                                        "how": how.text(), "most": Format.duration(ns: e.t - seen.t)])
        }
        // A spawned child's exit is written at the tracer's atexit, before its interpreter shuts down: only a bound.
        let spawned = timeline.events[..<exitIndex].last { $0.is(.processStart) && $0.pid == pid }?.string(EventField.startMethod) == "spawn"
        return row + (spawned ? Phrase.evReapedZombieSpawned : .evReapedZombie).text(
            ["name": child, "duration": Format.duration(ns: e.t - exit.t), "t": Format.seconds(exit.t)])
    }
}
