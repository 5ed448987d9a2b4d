import TutorCore

extension StateQueries {
    /// The run's processes in the process group a `process.signal.sent` with `to_pgid` signalled, as it was sent (the
    /// tracer's `members`, gaps 12A); nil where it was not recorded (not Linux, an older transcript, not a group's).
    public static func groupMembers(_ e: TraceEvent) -> [Int32]? {
        guard e.is(.processSignalSent), e.int(EventField.toPgid) != nil, let list = e[EventField.members]?.arrayValue else { return nil }
        return list.compactMap { $0.intValue.flatMap(Int32.init(exactly:)) }
    }

    /// The last group signal (`os.killpg()`, `os.kill(0 or -pgid)`) of number `signum` whose recorded members include
    /// `child`, before `step`, with no signal sent to `child` by itself after it (a kill(), terminate(), os.kill()
    /// of that pid): the group's signal is then the last one the record shows reaching it.
    static func lastGroupSignal(_ signum: Int64, to child: Int32, before step: Int, in events: [TraceEvent]) -> Int? {
        let end = min(step, events.count)
        // Only a `process.signal.sent` can be a group's: each event's kind is read in place first (a copy of every
        // event, and its `signum` looked up by name, were a tenth of replaying a long run with two children killed).
        let found: Int? = events.withUnsafeBufferPointer { buffer in
            var i = end - 1
            while i >= 0 {
                if buffer[i].known == .processSignalSent, buffer[i].int(EventField.signum) == signum,
                   groupMembers(buffer[i])?.contains(child) == true { return i }
                i -= 1
            }
            return nil
        }
        guard let sent = found else { return nil }
        let later = events[(sent + 1)..<end].contains {
            ($0.is(.processKill) || $0.is(.processTerminate) || $0.is(.processSignal)) && $0.childPid == child
                || $0.is(.processSignalSent) && $0.int(EventField.toPid) == Int64(child)
        }
        return later ? nil : sent
    }
}
