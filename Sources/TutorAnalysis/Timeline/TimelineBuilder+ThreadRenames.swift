import TutorCore

extension TimelineBuilder {
    /// Each `thread.rename` (gaps 31A), by event index → the name of the renamed thread's lane, and by lane key
    /// ("pid|lane name") → the names the program (or a library, gaps 32C) gave it, in order. The tracer names a thread once, at its first event, as it
    /// was started, so the lane of a renamed thread is the name its `thread.start` (same pid, same `thread_tid`, the
    /// last one before: idents are reused) gave; the main thread has no start: its lane is reached by the chain of
    /// names (a first rename's `old` is the lane's name).
    static func threadRenames(_ events: [TraceEvent], _ kinds: EventKindIndex) -> (lanes: [Int: String], names: [String: [String]]) {
        let renames = kinds.indices(of: [.threadRename])
        guard !renames.isEmpty else { return ([:], [:]) }
        var laneOfTid: [String: String] = [:]       // "pid|tid" → lane name
        var laneOfName: [String: String] = [:]      // "pid|name now" → lane name
        var lanes: [Int: String] = [:]
        var names: [String: [String]] = [:]
        for i in kinds.indices(of: [.threadStart, .threadRename]).sorted() {
            let e = events[i]
            guard let tid = e.int(EventField.threadTid), let name = e.name else { continue }
            let tidKey = "\(e.pid)|\(tid)"
            if e.is(.threadStart) {
                laneOfTid[tidKey] = name
                continue
            }
            let old = e.string(EventField.old) ?? name
            let lane = laneOfTid[tidKey] ?? laneOfName["\(e.pid)|\(old)"] ?? old
            laneOfTid[tidKey] = lane
            laneOfName["\(e.pid)|\(name)"] = lane
            lanes[i] = lane
            names["\(e.pid)|\(lane)", default: []].append(name)
        }
        return (lanes, names)
    }
}
