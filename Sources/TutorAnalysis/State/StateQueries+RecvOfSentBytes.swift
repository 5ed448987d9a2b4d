import TutorCore

extension StateQueries {
    /// For a `recv()` on a Pipe's end that raised while unpickling what it read (gaps 20B, r18e_pipe_bytes_mixup): the
    /// `send_bytes()` on the other end whose message it read, when the record shows it; nil otherwise.
    ///
    /// CPython's `Connection.recv()` reads one message (`_recv_bytes()`: an EOFError or OSError comes from there, and
    /// then no message was taken) and unpickles it (any other error comes from there: the message was taken). Messages
    /// leave in the order they were sent, so the recv read the (k+1)th message sent on the other end, k being the
    /// messages this end took before. That order is the record's only when one thread made every send counted and one
    /// thread every recv: otherwise nil, as after an OSError (the end can no longer be read, `_bad_message_length`).
    public static func sendBytesReadByFailedRecv(at index: Int, in timeline: Timeline) -> Int? {
        let events = timeline.events
        guard events.indices.contains(index) else { return nil }
        let recv = events[index]
        guard recv.is(.pipeRecv), recv.string(EventField.call) == nil, let error = recv.string(EventField.error),
              !Self.errorBeforeTheMessage(error), let object = recv.object, let end = recv.end,
              let other = ["A": "B", "B": "A"][end] else { return nil }
        var taken = 0
        for i in timeline.indices(of: .pipeRecv) where i < index {
            let e = events[i]
            guard e.object == object, e.end == end else { continue }
            guard e.pid == recv.pid, e.thread == recv.thread else { return nil }
            // after an EOFError or OSError the count is not known (pickle's own EOFError, of empty bytes, took one)
            if let failed = e.string(EventField.error), Self.errorBeforeTheMessage(failed) { return nil }
            taken += 1
        }
        var sent = 0, sender: (Int32, String)?
        for i in timeline.indices(of: .pipeSend) {
            let e = events[i]
            guard e.object == object, e.end == other else { continue }
            if let (pid, thread) = sender, pid != e.pid || thread != e.thread { return nil }
            sender = (e.pid, e.thread)
            if sent == taken { return e.string(EventField.call) == "send_bytes()" ? i : nil }
            sent += 1
        }
        return nil
    }

    /// An error `recv()` raises before it has taken a message off the pipe (or with the end left unreadable).
    static func errorBeforeTheMessage(_ error: String) -> Bool {
        ["EOFError", "OSError", "BrokenPipeError", "ConnectionResetError", "ConnectionAbortedError", "ConnectionError",
         "KeyboardInterrupt", "SystemExit", "InterruptedError", "TimeoutError"].contains { error.hasPrefix($0) }
    }
}
