import TutorCore

extension StateQueries {
    /// A plain Lock's acquisition, told to the row of its release by another process (r18e_lock_owner_mistakes).
    public struct ReleaseByOther: Sendable, Equatable {
        /// The process that had acquired the lock, by name.
        public var holder: String
        /// When it acquired it.
        public var acquiredT: Int64
    }

    /// Each `lock.release` of a multiprocessing `Lock` (not an RLock, not a Semaphore) whose last recorded acquisition,
    /// not yet released, was made by another process: CPython's Lock is a semaphore of one with no owner, so
    /// `release()` from any process frees it. Keyed by the release's event index.
    public static func releasesByOthers(in timeline: Timeline) -> [Int: ReleaseByOther] {
        let plain = Set(timeline.locks.filter { $0.type == "Lock" }.map(\.object))
        guard !plain.isEmpty else { return [:] }
        // By the names' numbers (equal numbers are equal names): each event's object and process made as text and
        // hashed was 1,000 instructions an event of a 100k lock_heavy replay (perf 37R); a name is a plain Lock's or not
        // once per distinct object, and the holder's name made only for a release by another.
        var holder: [EventName: (pid: Int32, name: EventName, t: Int64)] = [:]
        var isPlain: [EventName: Bool] = [:]
        var found: [Int: ReleaseByOther] = [:]
        for i in timeline.indices(of: .lockAcquire, .lockRelease) {
            let e = timeline.events[i]
            let object = e.objectName
            guard object != .none else { continue }
            let plainLock: Bool
            if let known = isPlain[object] { plainLock = known } else { plainLock = plain.contains(object.text); isPlain[object] = plainLock }
            guard plainLock else { continue }
            if e.is(.lockAcquire) {
                holder[object] = (e.pid, e.processName, e.t)
            } else {
                if let h = holder[object], h.pid != e.pid { found[i] = ReleaseByOther(holder: h.name.text, acquiredT: h.t) }
                holder[object] = nil
            }
        }
        return found
    }
}
