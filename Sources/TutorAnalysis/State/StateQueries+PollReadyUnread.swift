import TutorCore

extension StateQueries {
    /// A `poll()` that returned True on a Pipe end where the record cannot tell a waiting message from an end of file
    /// (gaps 23): no receive on that end follows it, by any process, and every message sent from the other end before
    /// it had already been received there. `Connection.poll()` is True in both cases; round 22M's `pollReadyAtEOF` tells
    /// them apart only by the EOFError of a receive after it. A message sent and not yet received makes the True a
    /// message (nil here); so does any receive after the poll (its own words say what it got).
    public static func pollReadyUnread(at step: Int, in timeline: Timeline) -> Bool {
        let events = timeline.events
        guard events.indices.contains(step), events[step].is(.pipePoll), events[step].bool(EventField.ready) == true,
              let pipe = events[step].object, let end = events[step].end,
              let other = ["A": "B", "B": "A", "listener": "client", "client": "listener"][end] else { return false }
        if events[(step + 1)...].contains(where: { $0.is(.pipeRecv) && $0.object == pipe && $0.end == end }) { return false }
        var sent = 0, received = 0
        for e in events[..<step] where e.object == pipe {
            if e.is(.pipeSend), e.end == other { sent += 1 }
            // a receive that raised EOFError took nothing; BufferTooShort and the like did take a message
            if e.is(.pipeRecv), e.end == end, e.string(EventField.error)?.hasPrefix("EOFError") != true { received += 1 }
        }
        return sent <= received
    }
}
