import TutorCore

/// A `join()` of a process that returned with no exit code because another thread of the same process was joining
/// the same child at the same time (round 33T: an asyncio runner whose `wait_for(to_thread(p.join))` timed out left
/// one thread in `p.join()`, then a second `to_thread(p.join)` after `terminate()`; the program printed "exit code
/// None"). Both threads block in `os.waitpid(pid, 0)`; the kernel hands the status to one call only, the other fails
/// with ECHILD, and `popen_fork.Popen.poll()` (CPython 3.11, used by spawn and forkserver too) returns None on that
/// OSError without storing a return code. So that join() returns, and `exitcode` reads None until the thread that got
/// the status stores it.
///
/// The record shows it as: a `process.join` (not timed out) of a child with no `process.reaped` of that child before
/// it in the record, while another thread of the same process had written `process.join.wait` on that child and not
/// yet its `process.join`, and that other thread's `process.reaped` of the child comes later. (The tracer writes
/// `process.reaped` in the thread whose poll stored the exit code.)
public struct JoinWithoutExitCode: Sendable, Equatable {
    /// The `process.join` row that returned without the exit code.
    public var join: Int
    /// The other thread's `process.join.wait` row on the same child, still open at `join`.
    public var otherWait: Int
    /// The other thread's `process.reaped` row, after `join`: where the exit code was stored.
    public var reaped: Int

    /// Every such join in the record, in order.
    public static func all(in timeline: Timeline) -> [JoinWithoutExitCode] {
        let events = timeline.events
        let joins = timeline.indices(of: .processJoin)
        guard joins.count >= 2 else { return [] }
        var found: [JoinWithoutExitCode] = []
        for i in joins {
            let e = events[i]
            guard e.bool(EventField.timedOut) != true, let child = e.int(EventField.childPid) else { continue }
            let sameChild = { (k: Int) -> Bool in events[k].pid == e.pid && events[k].int(EventField.childPid) == child }
            let related = timeline.indices(of: .processJoinWait, .processJoin, .processReaped).filter(sameChild)
            guard !related.contains(where: { $0 < i && events[$0].is(.processReaped) }) else { continue }
            // The other thread's wait open at i: its last join.wait before i with no join of that thread between.
            var open: [String: Int] = [:]
            for k in related where k < i && events[k].thread != e.thread {
                if events[k].is(.processJoinWait) { open[events[k].thread] = k }
                if events[k].is(.processJoin) { open[events[k].thread] = nil }
            }
            for (thread, wait) in open.sorted(by: { $0.value < $1.value }) {
                guard let reaped = related.first(where: { $0 > i && events[$0].is(.processReaped) && events[$0].thread == thread })
                else { continue }
                found.append(JoinWithoutExitCode(join: i, otherWait: wait, reaped: reaped))
                break
            }
        }
        return found
    }

    /// Whether the record still shows this (the checker asks again).
    public func holds(in timeline: Timeline) -> Bool {
        Self.all(in: timeline).contains(self)
    }
}
