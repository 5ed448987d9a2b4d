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
        let events = timeline.events
        guard events.indices.contains(step), events[step].is(.pipeRecv) || events[step].is(.pipePoll),
              let pipe = events[step].object, let end = events[step].end, end == "A" || end == "B",
              !events[step].is(.pipeRecv) || ((events[step].waitedNs ?? 0) > 0 && events[step].string(EventField.error) == nil),
              let create = events[..<step].firstIndex(where: { $0.is(.pipeCreate) && $0.object == pipe }) else { return nil }
        let found = inFlight(pipe, end == "A" ? "B" : "A", maker: events[create].pid, poller: events[step].pid, from: create,
                             at: step, in: events, endedToo: events[step].is(.pipeRecv))
        return found.isEmpty ? nil : found.map(\.name)
    }
}
