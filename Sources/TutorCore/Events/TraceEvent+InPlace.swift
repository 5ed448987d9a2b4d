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
            // Each answer kept by the name's number in a short array (0: not asked yet, 1: no, 2: yes): a dictionary
            // hashed the kind of every event (20M instructions on a 100k replay without a lock event). Numbers past
            // the array's bound (a run of many distinct names) are kept in a dictionary, as all were.
            var small = [UInt8](repeating: 0, count: 1024)
            var answers: [EventName: Bool] = [:]
            for i in buffer.indices {
                let name = buffer[i].kindName
                let number = Int(name.rawValue)
                let passes: Bool
                if number < small.count {
                    if small[number] == 0 { small[number] = test(name.text) ? 2 : 1 }
                    passes = small[number] == 2
                } else if let known = answers[name] {
                    passes = known
                } else {
                    passes = test(name.text)
                    answers[name] = passes
                }
                if passes { found.append(i) }
            }
            return found
        }
    }
}
