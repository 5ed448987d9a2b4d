import TutorCore

extension StateQueries {
    /// Whether the `process.boot` at `index` is followed by nothing of its own process before that process's
    /// `process.start` (gaps 24A). Since gaps 24A the tracer writes the boot line of every spawn/forkserver child as
    /// spawn's `prepare()` begins, so that a child hanging or dying in its import of the main module has a lane; a boot
    /// with nothing of its own between it and its start says nothing the start row does not, and draws no row.
    public static func isBareBoot(_ index: Int, in timeline: Timeline) -> Bool {
        let events = timeline.events
        guard events.indices.contains(index), events[index].is(.processBoot) else { return false }
        let pid = events[index].pid
        // The child's next event comes within its start's time (other processes' events interleave).
        for next in events[(index + 1)...] where next.pid == pid { return next.is(.processStart) }
        return false
    }

    /// The `process.boot` of `pid` when its record has no `process.start` before event `end` (gaps 24A): the record
    /// ends, so far, inside spawn's preparation of that child, where it imports the program's file as `__mp_main__`,
    /// before run().
    public static func bootWithoutStart(pid: Int32, before end: Int, in timeline: Timeline) -> TraceEvent? {
        guard let boot = timeline.indices(of: .processBoot).first(where: { $0 < end && timeline.events[$0].pid == pid })
        else { return nil }
        if timeline.indices(of: .processStart).contains(where: { $0 < end && timeline.events[$0].pid == pid }) { return nil }
        return timeline.events[boot]
    }
}
