import TutorCore

extension StateQueries {
    /// The parent's thread a child was forked from, when that thread was a `ThreadPoolExecutor` worker (its
    /// `thread.start` has target `_worker`, in a process that had created a ThreadPoolExecutor before) and the child's
    /// own exit at `step` says `RuntimeError: cannot join current thread` escaped the cleanup after run().
    ///
    /// Why that follows (CPython 3.11): `_bootstrap`'s cleanup calls `threading._shutdown()`, which runs
    /// `concurrent.futures.thread`'s exit hook; that joins every ThreadPoolExecutor worker thread the process knows,
    /// and in a forked child the thread it was forked from is the one running, which cannot join itself.
    /// Nil when the record does not show all of it.
    static func forkedFromExecutorThread(exitAt step: Int, in events: [TraceEvent]) -> String? {
        guard events.indices.contains(step) else { return nil }
        let exit = events[step]
        guard exit.is(.processExit), exit.exitCode == 1,
              exit.string(EventField.error)?.hasPrefix("RuntimeError: cannot join current thread") == true,
              let spawn = events[..<step].lastIndex(where: { $0.is(.processSpawn) && $0.childPid == exit.pid }),
              events[spawn].thread != "MainThread" else { return nil }
        let parent = events[spawn].pid, thread = events[spawn].thread
        let started = events[..<spawn].lastIndex {
            $0.is(.threadStart) && $0.pid == parent && $0.string(EventField.name) == thread
        }
        guard let started, events[started].string(EventField.target) == "_worker",
              events[..<started].contains(where: {
                  $0.is(.executorCreate) && $0.pid == parent && $0.string(EventField.objectType) == "ThreadPoolExecutor"
              }) else { return nil }
        return thread
    }
}
