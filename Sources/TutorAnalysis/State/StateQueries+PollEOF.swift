import TutorCore

extension StateQueries {
    /// What a `poll(timeout)` that found nothing on `end` of a Pipe could not see (gaps 17A, r16_pipes_in_order_crashed_child):
    /// an end of file. At `step` (a `pipe.poll` with a timeout that returned False), the poller made the Pipe, or was forked
    /// from the process that did while that still held the other end, and no close of its own copy of the other end was
    /// recorded before `step`: EOF shows on `end` only once every copy of the other end is closed, so this poll could only
    /// wait for data. `holders`: the processes forked from the Pipe's maker after it made the Pipe and before it closed
    /// the other end (each inherited a copy), other than the poller, when every one of them had ended by `step` without
    /// sending on the other end; empty when there were none or one lived on or sent (an end given to a spawned child is not
    /// recorded: not named). Nil when the poll is not such a poll, and in a record with no `pipe.close` at all: a
    /// tracer older than round 11 did not record closes, so no close recorded would not mean none made
    /// (pipe_poll_eof, recorded before it, closes its copy).
    /// Gaps 18B: a process that unpickled its own copy of the other end (`pipe.unpickled`: a spawn or forkserver child
    /// given it as an argument, or a process sent it in a message) holds one too; `unpickled` names those holders apart
    /// (they were not forked with it). Gaps 24B: nil too when no other process held the other end before `step` (no fork
    /// child of the maker's, no unpickled copy, the poller the maker itself). Gaps 25: a spawn or forkserver child of the
    /// maker's started before `step` whose `pipe.unpickled` of the other end comes only after the poll began held a copy too (its
    /// start pickled the end: the descriptor went to it with its start, rebuilt into a Connection there later); `inFlight`
    /// names those, and such a copy alone is enough for the note. Round 27S: `makerClosedT`, when the poller was forked,
    /// the time the maker closed its own copy of the other end (after the fork, before `step`), else nil.
    /// Perf 27Q: answered from a `PipeCopyIndex` made for the call; `pollsBlindToEOF` makes one for the whole run.
    public static func pollBlindToEOF(at step: Int, in timeline: Timeline)
        -> (other: String, maker: String?, holders: [String], unpickled: [String], inFlight: [String], makerClosedT: Int64?)? {
        pollBlindToEOF(at: step, in: timeline, using: PipeCopyIndex(timeline))
    }

    /// The spawn or forkserver children of `maker` started between `from` and `step` whose `pipe.unpickled` of `pipe`'s
    /// `end` is recorded after the poll at `step` began: then their copy was on its way (gaps 24B's Left: counted only once unpickled).
    /// `endedToo` (a recv, gaps 26B): keep a child that ended before `step`: its copy was in flight when the call began.
    /// Perf 27Q: the queries ask `inFlight(using:)`, answered from tables; this scan is kept as the reference those
    /// tables are tested against (PipeCopyQueryCostTests), and counts what it scans.
    static func inFlight(_ pipe: String, _ end: String, maker: Int32, poller: Int32, from: Int, at step: Int,
                         in events: [TraceEvent], endedToo: Bool = false) -> [(pid: Int32, name: String)] {
        // perf 27Q: the events this scans, counted for the guard that a query asked at every event stays linear
        QueryVisits.shared.add(step - from)
        let started = events[from..<step].filter { $0.is(.processSpawn) && $0.pid == maker && !Self.forked($0) }
            .compactMap { e in e.childPid.map { (pid: $0, name: e.name ?? "?") } }.filter { $0.pid != poller }
        guard !started.isEmpty, step + 1 < events.count else { return [] }
        // a copy rebuilt while the poll waited was still on its way when the poll began (the poll's event is its end)
        let began = events[step].t - max(0, events[step].waitedNs ?? 0)
        QueryVisits.shared.add(events.count - from)
        let rebuilt = events[from...].filter { $0.is(.pipeUnpickled) && $0.object == pipe && $0.end == end }
        let later = Set(rebuilt.filter { $0.t > began }.map(\.pid)), before = Set(rebuilt.filter { $0.t <= began }.map(\.pid))
        // one that rebuilt it during the poll and ended before the poll did is a holder that ended (gaps 18B's words)
        let ended = endedToo ? [] : Set(events[from..<step].filter { $0.is(.processExit) }.map(\.pid))
        return started.filter { later.contains($0.pid) && !before.contains($0.pid) && !ended.contains($0.pid) }
    }
}

extension StateQueries {
    /// Whether a `process.spawn` started its child by fork (a fork child inherits its parent's descriptors).
    static func forked(_ spawn: TraceEvent) -> Bool {
        spawn.string(EventField.method) == "fork" || spawn.bool(EventField.osFork) == true
    }
}
