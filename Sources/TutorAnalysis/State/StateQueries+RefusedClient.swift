import TutorCore

extension StateQueries {
    /// The client a Listener refused at `step` (`connection.refused` in the server), where the record names one: the only
    /// `Client()` to that Listener's address opened with no authkey whose first `send()` came before the refusal (gaps 15A;
    /// round 14's r14_client_forgot_authkey). Such a client does no handshake, so the Listener reads its first message as
    /// the answer to its challenge: that message was the "digest" found wrong. Nil when none or several fit.
    public static func refusedClient(at step: Int, in events: [TraceEvent]) -> (open: Int, send: Int)? {
        guard events.indices.contains(step), events[step].is(.connectionRefused), events[step].string(EventField.side) == nil else { return nil }
        let server = events[step]
        // the Listener's address: its accept() that raised, or the wait before it, on the same thread
        let near = events[(step + 1)...].prefix(8).first { $0.is(.listenerAccept) && $0.pid == server.pid && $0.thread == server.thread }
            ?? events[..<step].last { $0.is(.listenerWait) && $0.pid == server.pid && $0.thread == server.thread }
        guard let address = near?.string(EventField.address) else { return nil }
        var found: [(open: Int, send: Int)] = []
        for i in events[..<step].indices where events[i].is(.connectionOpen) {
            let open = events[i]
            guard open.string(EventField.end) == "client", open.bool(EventField.noAuthkey) == true,
                  open.string(EventField.address) == address, let object = open.object else { continue }
            let first = events[(i + 1)...].firstIndex { $0.is(.pipeSend) && $0.pid == open.pid && $0.object == object }
            if let first, first < step { found.append((i, first)) }
        }
        return found.count == 1 ? found[0] : nil
    }
}
