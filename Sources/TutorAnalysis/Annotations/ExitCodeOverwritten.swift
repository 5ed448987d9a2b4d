import TutorCore

/// A forkserver child's exit status read twice by two threads of its parent (round 33T, r33t_async_join_processes
/// under forkserver: "stuck: exit code 255" for a child ended by SIGTERM). `popen_forkserver.Popen.poll()` (CPython
/// 3.11) reads the status from the sentinel pipe, where the forkserver writes it once; a second thread that passed the
/// `returncode is None` test before the first stored it finds that pipe at its end, and the except branch stores 255
/// ("perhaps the forkserver process itself got killed") over the real code. `exitcode` reads 255 from then on.
///
/// The record shows it as: two `process.reaped` of one forkserver child by one parent process, in two threads, the
/// later with exitcode 255 and the earlier with another code.
public struct ExitCodeOverwritten: Sendable, Equatable {
    /// The first `process.reaped`: the child's real end.
    public var first: Int
    /// The later `process.reaped` with 255.
    public var second: Int

    /// Every such second reap in the record, in order.
    public static func all(in timeline: Timeline) -> [ExitCodeOverwritten] {
        let events = timeline.events
        let reaps = timeline.indices(of: .processReaped)
        guard reaps.count >= 2 else { return [] }
        let forkserverChildren = Set(timeline.indices(of: .processSpawn).compactMap { i -> Int64? in
            events[i].string(EventField.method) == "forkserver" ? events[i].int(EventField.childPid) : nil })
        var firstReap: [String: Int] = [:]    // "parent|child" → its first reaped row
        var found: [ExitCodeOverwritten] = []
        for i in reaps {
            let e = events[i]
            guard let child = e.int(EventField.childPid) else { continue }
            let key = "\(e.pid)|\(child)"
            guard let first = firstReap[key] else { firstReap[key] = i; continue }
            guard forkserverChildren.contains(child), e.exitCode == 255, let real = events[first].exitCode, real != 255,
                  events[first].thread != e.thread else { continue }
            found.append(ExitCodeOverwritten(first: first, second: i))
        }
        return found
    }

    /// Whether the record still shows this (the checker asks again).
    public func holds(in timeline: Timeline) -> Bool {
        Self.all(in: timeline).contains(self)
    }

    /// The rows of `process.reaped` that are not a child's first (whose code is not how the child ended).
    public static func laterReaps(in events: [TraceEvent], _ kinds: [Int]) -> Set<Int> {
        var seen = Set<String>(), later = Set<Int>()
        for i in kinds {
            guard let child = events[i].int(EventField.childPid) else { continue }
            if !seen.insert("\(events[i].pid)|\(child)").inserted { later.insert(i) }
        }
        return later
    }
}
