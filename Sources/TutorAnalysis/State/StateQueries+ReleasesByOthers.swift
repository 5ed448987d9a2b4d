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
        // once per distinct object, and the holder's name made only for a release by another. Each object's state is
        // in a slot found by its name's number (`NameSlots`), not in two dictionaries hashed per event (perf 38R).
        var slotOf = NameSlots()
        var isPlain: [Bool] = []
        var holder: [(pid: Int32, name: EventName, t: Int64)?] = []
        var found: [Int: ReleaseByOther] = [:]
        let positions = timeline.indices(of: .lockAcquire, .lockRelease)
        timeline.events.withUnsafeBufferPointer { events in
            for i in positions {
                let e = events.baseAddress.unsafelyUnwrapped + i
                let object = e.pointee.objectName
                guard object != .none else { continue }
                let slot: Int
                if let known = slotOf[object] {
                    slot = known
                } else {
                    slot = isPlain.count
                    slotOf[object] = slot
                    isPlain.append(plain.contains(object.text))
                    holder.append(nil)
                }
                guard isPlain[slot] else { continue }
                if e.pointee.known == .lockAcquire {
                    holder[slot] = (e.pointee.pid, e.pointee.processName, e.pointee.t)
                } else {
                    if let h = holder[slot], h.pid != e.pointee.pid { found[i] = ReleaseByOther(holder: h.name.text, acquiredT: h.t) }
                    holder[slot] = nil
                }
            }
        }
        return found
    }
}
