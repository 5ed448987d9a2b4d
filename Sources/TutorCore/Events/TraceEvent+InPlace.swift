/// Finding events where they lie in their array.
///
/// `for e in events`, `filter`, `first(where:)`, even `events[i].is(.x)` on a timeline's events copy each event out
/// of the array, and a copy of an event is two calls (an outlined copy through the type's value witness, and a
/// reference count on its field store) plus its destruction: passes over a million events doing that were a tenth of
/// a replay. Here only the kind of each event is read, in place; the caller copies out the few events found.
extension Array where Element == TraceEvent {
    /// The positions of the events of these kinds, in order.
    @inlinable public func indices(of kinds: EventKind...) -> [Int] { indices(of: kinds) }

    /// The positions of the events of these kinds, in order.
    @inlinable public func indices(of kinds: [EventKind]) -> [Int] {
        // The kinds as bits: one test per event, however many kinds are asked for.
        let wanted = EventKindSet(kinds)
        return withUnsafeBufferPointer { buffer in
            var found: [Int] = []
            for i in buffer.indices {
                if let kind = buffer[i].known, wanted.contains(kind) { found.append(i) }
            }
            return found
        }
    }

    /// The positions of the events whose kind as written (known to mp-tutor or not) passes `test`, in order;
    /// `test` is asked once per distinct kind.
    @inlinable public func indices(whereKind test: (String) -> Bool) -> [Int] {
        withUnsafeBufferPointer { buffer in
            var found: [Int] = []
            var answers: [EventName: Bool] = [:]
            for i in buffer.indices {
                let name = buffer[i].kindName
                let passes: Bool
                if let known = answers[name] { passes = known } else {
                    passes = test(name.text)
                    answers[name] = passes
                }
                if passes { found.append(i) }
            }
            return found
        }
    }
}
