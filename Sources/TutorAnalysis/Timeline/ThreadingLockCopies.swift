import TutorCore

/// A threading lock (a `lock.create` with `threading: true`: threading.Lock, RLock or Semaphore), or a threading
/// Event, Condition or Barrier (gaps 8: round 7A split only the locks), used in a process that did not create one of
/// that label: a forked child's copy, a separate lock that only that process's threads share.
///
/// The tracer names the copy like the original (the child inherited the object and its label). The timeline gives each
/// copy its own label, "Lock#1 (Process-1's copy)", before anything reads the events, so that no row, state panel, count,
/// causal arrow or note treats the parent's lock and a child's copy as one lock (round 7A: a child "acquired Lock#1"
/// while its parent held Lock#1, as if the lock had let two holders in). A process that created its own lock of that
/// label (a spawn child importing the module again) uses its own, not a copy.
enum ThreadingLockCopies {
    /// Relabels, in place, the events of copies; returns each copy's label → the original's label.
    static func adopt(_ events: inout [TraceEvent]) -> [String: String] {
        var creators: [EventName: Set<Int32>] = [:]
        for i in events.indices(of: .lockCreate, .eventCreate, .conditionCreate, .barrierCreate)
        where events[i].bool(EventField.threading) == true {
            creators[events[i].objectName, default: []].insert(events[i].pid)
        }
        // Most runs have no threading lock: then no event is looked at.
        guard !creators.isEmpty else { return [:] }
        var copies: [String: String] = [:]
        for i in events.indices(whereKind: { kind in prefixes.contains { kind.hasPrefix($0) } }) {
            guard let made = creators[events[i].objectName], !made.contains(events[i].pid), let object = events[i].object else { continue }
            let label = Phrase.lockCopyLabel.text(["object": object, "process": events[i].process])
            copies[label] = object
            events[i].object = label
        }
        return copies
    }

    /// The kinds of the objects a copy can be of (a Condition's own lock events carry its label too).
    private static let prefixes = ["lock.", "event.", "condition.", "barrier."]
}
