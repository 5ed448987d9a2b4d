import TutorCore

extension StateQueries {
    /// Whether the writer of a write through a view into shared memory held the object's lock at that step.
    public struct ViewWriteLocks: Sendable, Equatable {
        /// The object's lock (its `get_lock()`).
        public var lock: String
        public var held: Bool
        /// The other locks the writer held at that step, in the state's order.
        public var others: [String]
    }

    /// The answer at `step` (a `shared.write` with `view: true`), or nil when the state cannot tell: the object's
    /// lock is not named, or was not created in the record (a hold taken before could be missing from the state).
    static func viewWriteLocks(at step: Int, in replayer: StateReplayer) -> ViewWriteLocks? {
        let events = replayer.timeline.events
        guard events.indices.contains(step) else { return nil }
        return viewWriteLocks(events[step], state: replayer.state(after: step)) { lock in
            events[..<step].contains { $0.is(.lockCreate) && $0.object == lock }
        }
    }

    /// The same question asked of a state the caller has; `created` tells whether a lock's creation came before.
    static func viewWriteLocks(_ e: TraceEvent, state: RunState, created: (String) -> Bool) -> ViewWriteLocks? {
        guard e.is(.sharedWrite), e.bool(EventField.view) == true, let object = e.object,
              let lock = state.shared.first(where: { $0.label == object })?.lock, created(lock),
              let entry = state.locks.first(where: { $0.label == lock }) else { return nil }
        let who = GenericRules.who(e)
        let others = state.locks.filter { $0.label != lock && $0.holders.contains { $0.who == who } }.map(\.label)
        return ViewWriteLocks(lock: lock, held: entry.holders.contains { $0.who == who }, others: others)
    }
}
