import TutorCore

/// What the record shows of a Listener/Client connection whose other end's only holder had ended.
struct RecvEOFPeerEnd: Equatable {
    /// The process that held the other end (its name as recorded).
    let holder: String
    /// The step of that process's end: its own `process.exit`, or its parent's `process.reaped` of it.
    let endStep: Int
}

extension StateQueries {
    /// A recv() on a Listener/Client connection that raised EOFError while the other end had been held by one process
    /// only, which had ended before it with no close() of that end recorded (round 32, r32_chat_relay_crash: the
    /// client "bo" called os._exit(3) mid-conversation, and the relay's "recv on Connection#3 (listener side):
    /// EOFError" had no word of why). A process's end closes every descriptor it still holds, so the socket's other
    /// side read end of file. Only connections made by Listener.accept() and Client() (ends "listener"/"client"),
    /// which no fork inherits unless their holder starts a child: a holder that started any recorded child, an end
    /// seen in two processes, or a close() of the other end makes this nil.
    static func recvEOFPeerEnded(at step: Int, in events: [TraceEvent]) -> RecvEOFPeerEnd? {
        guard events.indices.contains(step) else { return nil }
        let recv = events[step]
        guard recv.is(.pipeRecv), recv.string(EventField.error)?.hasPrefix("EOFError") == true,
              let object = recv.object, let end = recv.end, end == "listener" || end == "client" else { return nil }
        let other = end == "listener" ? "client" : "listener"
        var holder: Int32?
        var name = ""
        for e in events[..<step] where e.object == object && e.end == other {
            if e.is(.pipeClose) { return nil }
            if let h = holder, h != e.pid { return nil }
            holder = e.pid
            name = e.process
        }
        guard let pid = holder, pid != recv.pid else { return nil }
        // a copy could have gone to a child of the holder (fork, or a Process argument)
        if events.contains(where: { $0.ppid == pid && $0.pid != pid }) { return nil }
        guard let endStep = events[..<step].firstIndex(where: {
            ($0.is(.processExit) && $0.pid == pid) || ($0.is(.processReaped) && $0.childPid == pid)
        }) else { return nil }
        return RecvEOFPeerEnd(holder: name, endStep: endStep)
    }
}
