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
        var holder: [String: (pid: Int32, name: String, t: Int64)] = [:]
        var found: [Int: ReleaseByOther] = [:]
        for i in timeline.indices(of: .lockAcquire, .lockRelease) {
            let e = timeline.events[i]
            guard let object = e.object, plain.contains(object) else { continue }
            if e.is(.lockAcquire) {
                holder[object] = (e.pid, e.process, e.t)
            } else {
                if let h = holder[object], h.pid != e.pid { found[i] = ReleaseByOther(holder: h.name, acquiredT: h.t) }
                holder[object] = nil
            }
        }
        return found
    }
}
