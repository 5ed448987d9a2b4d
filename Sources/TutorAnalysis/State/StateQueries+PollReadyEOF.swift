import TutorCore

extension StateQueries {
    /// A `poll()` that returned True on a Pipe end because the end had reached its end of file, not because data was
    /// there (round 22M, r22m_recv_bytes_into_short: "poll Pipe#1 end A: data ready", then recv_bytes() raised EOFError).
    /// `Connection.poll()` is True both when a message waits and when every copy of the other end is closed; the record
    /// tells them apart only by what followed: at `step` (a `pipe.poll` with `ready` True), the next receive on that end
    /// by any process is the poller's own and raised EOFError, so nothing was there to read. Returns the index of that
    /// receive; nil for any other poll (no receive followed, another process received first, or it got a message).
    public static func pollReadyAtEOF(at step: Int, in timeline: Timeline) -> Int? {
        let events = timeline.events
        guard events.indices.contains(step), events[step].is(.pipePoll), events[step].bool(EventField.ready) == true,
              let pipe = events[step].object, let end = events[step].end else { return nil }
        let poller = events[step]
        guard let next = events[(step + 1)...].firstIndex(where: { $0.is(.pipeRecv) && $0.object == pipe && $0.end == end })
        else { return nil }
        let recv = events[next]
        guard recv.pid == poller.pid, recv.thread == poller.thread,
              recv.string(EventField.error)?.hasPrefix("EOFError") == true else { return nil }
        return next
    }
}
