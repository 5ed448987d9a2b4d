extension TraceEvent {
    /// `abs(chunks) + abs(count)`, each 0 when the event lacks it or it is no integer: the event's weight in the
    /// transcript's repeat budget (`TranscriptLimits.repeatBudget`). Both read in one pass over the event's fields,
    /// where they lie, keys given by the caller: reading them one by one (`chunks`, `count`) looked each key up
    /// through its lazy global and copied each value out, for every line of a long transcript (10.7M instructions
    /// of a 100k replay's reading thread, which is the critical path).
    func repeatWeight(chunks chunksKey: EventName, count countKey: EventName) -> Int64 {
        fieldStore._withUnsafeGuaranteedRef { store in
            // The first member of each key, as `int(_:)` reads it.
            var chunks: Int64?, count: Int64?
            var slot = Int(fieldOffset)
            let end = slot + Int(fieldCount)
            while slot < end {
                let key = store.key(slot)
                if key == chunksKey {
                    if chunks == nil { chunks = store.int(slot) ?? 0 }
                } else if key == countKey {
                    if count == nil { count = store.int(slot) ?? 0 }
                }
                slot += 1
            }
            return abs(chunks ?? 0) + abs(count ?? 0)
        }
    }
}
