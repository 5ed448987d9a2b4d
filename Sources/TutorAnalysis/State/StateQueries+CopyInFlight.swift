import TutorCore

extension StateQueries {
    /// The spawn or forkserver children whose copy of the other end of the Pipe end that the `pipe.recv` or `pipe.poll`
    /// at `step` read was in flight when that call began (gaps 26B, gaps 25's Left; the same children gaps 25's
    /// `inFlight` names for a poll that found nothing): children of the Pipe's maker started before `step`, other than
    /// the caller, whose `pipe.unpickled` of that other end comes only after the call began (for a poll, and which had not
    /// ended by `step`; a recv's child may have ended before the recv returned: it sent, closed and exited). While such a
    /// copy was on its way or open in the starting child, the end could not read as ended. Nil when there were none (and
    /// for a recv that did not wait, or raised).
    public static func copiesInFlight(at step: Int, in timeline: Timeline) -> [String]? {
        copiesInFlight(at: step, in: timeline, using: PipeCopyIndex(timeline))
    }

    /// The same, answered from `copies` (made once for a whole run: perf 27Q; one made from other events is not used).
    public static func copiesInFlight(at step: Int, in timeline: Timeline, using copies: PipeCopyIndex) -> [String]? {
        let events = timeline.events
        guard copies.covers(events.count) else { return copiesInFlight(at: step, in: timeline) }
        guard copies.anyStarted, events.indices.contains(step), events[step].is(.pipeRecv) || events[step].is(.pipePoll),
              let pipe = events[step].object, let end = events[step].end, end == "A" || end == "B",
              !events[step].is(.pipeRecv) || ((events[step].waitedNs ?? 0) > 0 && events[step].string(EventField.error) == nil),
              let create = copies.created[pipe], create < step else { return nil }
        let found = inFlight(pipe, end == "A" ? "B" : "A", maker: events[create].pid, poller: events[step].pid, from: create,
                             at: step, in: events, using: copies, endedToo: events[step].is(.pipeRecv))
        return found.isEmpty ? nil : found.map(\.name)
    }

    /// `inFlight`'s answer from `copies` (perf 27Q): the same children, in the order they were started, found from the
    /// processes that rebuilt `end` after `from` (few) instead of a scan of the run.
    static func inFlight(_ pipe: String, _ end: String, maker: Int32, poller: Int32, from: Int, at step: Int,
                         in events: [TraceEvent], using copies: PipeCopyIndex, endedToo: Bool) -> [(pid: Int32, name: String)] {
        guard copies.anyStarted, step + 1 < events.count else { return [] }
        // a copy rebuilt while the call waited was still on its way when the call began (the call's event is its end)
        let began = events[step].t - max(0, events[step].waitedNs ?? 0)
        var found: [(start: Int, pid: Int32, name: String)] = []
        var visited = 1
        // the processes that rebuilt the end after the Pipe was made: only they can have had a copy in flight
        for (pid, r) in copies.rebuilt[PipeCopyIndex.key(pipe, end)] ?? [:] where pid != poller {
            visited += 1
            let k = r.steps.lowerBound(from)
            // rebuilt only after the call began, never at or before it
            guard k < r.steps.count, r.latestFrom[k] > began, r.earliestFrom[k] > began,
                  endedToo || !(copies.exitsOf[pid]?.any(in: from..<step) ?? false) else { continue }
            // started by the maker with spawn or forkserver between the Pipe's creation and the call
            let starts = copies.startsOf[pid] ?? []
            var s = starts.lowerBound(from)
            while s < starts.count, starts[s] < step {
                visited += 1
                if events[starts[s]].pid == maker { found.append((starts[s], pid, events[starts[s]].name ?? "?")) }
                s += 1
            }
        }
        QueryVisits.shared.add(visited)
        return found.sorted { $0.start < $1.start }.map { ($0.pid, $0.name) }
    }
}
