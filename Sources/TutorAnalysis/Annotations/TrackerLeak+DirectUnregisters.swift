import TutorCore

extension TrackerLeak {
    /// The `tracker.unregister` rows of shared memory segments that the program called itself (gaps 33C: a viewer's
    /// `resource_tracker.unregister(shm._name, "shared_memory")`), not the one inside a SharedMemory's unlink(): that one
    /// is next to the `shm.unlink` of the same thread (stamped when unlink() was called, so just before it), with no
    /// other row of that thread between. At most 8.
    public static func directSegmentUnregisters(in timeline: Timeline) -> [Int] {
        let events = timeline.events
        var found: [Int] = []
        for i in timeline.indices(of: .trackerUnregister) where found.count < 8 {
            let e = events[i]
            guard e.string(EventField.rtype) == "shared_memory" else { continue }
            // the thread's rows either side; other processes' rows may come between (a bounded look)
            let same = { (o: TraceEvent) in o.pid == e.pid && o.thread == e.thread }
            let before = events[..<i].suffix(5000).last(where: same), after = events[(i + 1)...].prefix(5000).first(where: same)
            if before?.is(.shmUnlink) != true && after?.is(.shmUnlink) != true { found.append(i) }
        }
        return found
    }
}
