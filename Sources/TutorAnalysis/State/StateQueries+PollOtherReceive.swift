import TutorCore

extension StateQueries {
    /// A `poll()` that returned True on a Pipe end, where the next receive on that end was another thread's (gaps 24B,
    /// gaps 23's Left): every message sent from the other end before the poll had already been received there, so the
    /// record cannot tell a message from an end of file at the poll, and that receive, whatever it got (perhaps a message
    /// sent after the poll, or EOFError), was not the poller's. The index of that receive, or nil.
    public static func pollReadyOthersReceive(at step: Int, in timeline: Timeline) -> Int? {
        let events = timeline.events
        guard events.indices.contains(step), events[step].is(.pipePoll), events[step].bool(EventField.ready) == true,
              let pipe = events[step].object, let end = events[step].end,
              let other = ["A": "B", "B": "A", "listener": "client", "client": "listener"][end],
              let next = events[(step + 1)...].firstIndex(where: { $0.is(.pipeRecv) && $0.object == pipe && $0.end == end }),
              events[next].pid != events[step].pid || events[next].thread != events[step].thread else { return nil }
        var sent = 0, received = 0
        for e in events[..<step] where e.object == pipe {
            if e.is(.pipeSend), e.end == other { sent += 1 }
            // a receive that raised EOFError took nothing; BufferTooShort and the like did take a message
            if e.is(.pipeRecv), e.end == end, e.string(EventField.error)?.hasPrefix("EOFError") != true { received += 1 }
        }
        return sent <= received ? next : nil
    }
}
