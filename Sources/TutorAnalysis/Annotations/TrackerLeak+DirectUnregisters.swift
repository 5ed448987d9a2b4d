import TutorCore

extension TrackerLeak {
    /// The `tracker.unregister` rows of shared memory segments that the program called itself (gaps 33C: a viewer's
    /// `resource_tracker.unregister(shm._name, "shared_memory")`), not the one inside a SharedMemory's unlink(): that one
    /// is followed, on the same thread, by the `shm.unlink` the wrapper writes when unlink() returns. At most 8.
    public static func directSegmentUnregisters(in timeline: Timeline) -> [Int] {
        let events = timeline.events
        var found: [Int] = []
        for i in timeline.indices(of: .trackerUnregister) where found.count < 8 {
            let e = events[i]
            guard e.string(EventField.rtype) == "shared_memory" else { continue }
            // the thread's next event; other processes' rows may come between (a bounded look)
            let next = events[(i + 1)...].prefix(5000).first { $0.pid == e.pid && $0.thread == e.thread }
            if next?.is(.shmUnlink) != true { found.append(i) }
        }
        return found
    }
}
