import TutorCore

extension StateQueries {
    /// What the record shows when a spawn/forkserver child failed while unpickling a SemLock (an Event's, Lock's,
    /// Queue's semaphore) because its parent had already removed it (gaps 11A, r10a_event_forgotten_exit_hang).
    public struct SemaphoreGone: Sendable, Equatable {
        /// The parent's `process.spawn` of the child, and its event that shows its own code had ended (the exit
        /// function's implicit join, or its exit) before the child's error.
        public var spawnStep: Int
        public var parentEndStep: Int
    }

    /// The stderr line at `step` is `FileNotFoundError…` in a child that had not finished starting (no `process.start`
    /// of it yet), whose traceback since its last "Traceback" line went through `SemLock._rebuild` while unpickling
    /// (`pickle.load` or `__setstate__`), and whose parent had ended its code before (multiprocessing's exit function
    /// had begun joining children, which it does after its exit-priority-0 finalizers remove the semaphores the
    /// process made; or the parent had exited).
    static func semaphoreGoneAtUnpickle(at step: Int, in events: [TraceEvent]) -> SemaphoreGone? {
        guard events.indices.contains(step) else { return nil }
        let e = events[step]
        guard e.is(.print), e.string(EventField.stream) == "stderr", let line = e.text, line.hasPrefix("FileNotFoundError") else { return nil }
        let child = e.pid
        guard let spawn = events[..<step].lastIndex(where: { $0.is(.processSpawn) && $0.childPid == child }),
              !events[..<step].contains(where: { $0.is(.processStart) && $0.pid == child }) else { return nil }
        var rebuild = false, unpickling = false
        for before in events[..<step].reversed() where before.pid == child {
            guard before.is(.print), before.string(EventField.stream) == "stderr", let text = before.text else { continue }
            if text.hasPrefix("Traceback (most recent call last):") { break }
            if text.contains("SemLock._rebuild") { rebuild = true }
            if text.contains("pickle.load") || text.contains("__setstate__") { unpickling = true }
        }
        guard rebuild, unpickling else { return nil }
        let parent = events[spawn].pid
        guard let ended = events[spawn..<step].firstIndex(where: {
            $0.pid == parent && ($0.is(.processJoinWait) && $0.bool(EventField.implicit) == true || $0.is(.processExit))
        }) else { return nil }
        return SemaphoreGone(spawnStep: spawn, parentEndStep: ended)
    }
}
