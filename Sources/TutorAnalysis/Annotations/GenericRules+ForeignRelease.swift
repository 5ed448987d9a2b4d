import TutorCore

extension GenericRules {
    /// The words a semaphore wait's note adds when the unit that let the waiter in came from a release() by a process
    /// (or thread) that had never acquired the semaphore, while every holder named had not released it since the wait
    /// began: those holders were still inside, so the waiter was inside with them (round 20H: a parent's extra
    /// release() to "unstick" a worker let it in beside the one inside; the note said only "held by a"). Empty otherwise.
    func foreignReleaseWords(lock: String, type: String, holders: [String], begin: Int, acquire: Int) -> String {
        guard type.hasSuffix("Semaphore"), !holders.isEmpty, begin < acquire,
              let r = events[begin..<acquire].lastIndex(where: { $0.is(.lockRelease) && $0.object == lock }) else { return "" }
        let releaser = StateQueries.who(events[r])
        let waiter = StateQueries.who(events[acquire])
        guard releaser != waiter, !holders.contains(releaser),
              !events[..<r].contains(where: { $0.is(.lockAcquire) && $0.object == lock && StateQueries.who($0) == releaser }),
              !events[begin..<acquire].contains(where: { $0.is(.lockRelease) && $0.object == lock
                  && holders.contains(StateQueries.who($0)) }) else { return "" }
        let named = Phrase.andList(holders)
        return Phrase.noteSemaphoreForeignRelease.text(["releaser": releaser, "at": Format.seconds(events[r].t), "lock": lock,
                                                        "holders": named, "who": waiter])
    }
}
