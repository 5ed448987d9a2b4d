import TutorCore

extension StateQueries {
    /// The `process.main.end` of `pid` before `step` that says its main code ended by an uncaught KeyboardInterrupt:
    /// Python then ends the process with a SIGINT it sends itself at exit (round 14F), whoever raised the interrupt.
    static func interruptedMainEnd(pid: Int32, before step: Int, in events: [TraceEvent]) -> Int? {
        guard let end = events[..<min(step, events.count)].lastIndex(where: { $0.is(.processMainEnd) && $0.pid == pid }),
              events[end].string(EventField.via) == "uncaught KeyboardInterrupt" else { return nil }
        return end
    }
}
