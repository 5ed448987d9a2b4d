extension Phrase {
    /// The English texts of the figures of one shared place's writes, and of writes through a view into shared memory.
    static let englishShared: [Phrase: String] = [
        .noteOverwritesCount: " In all, {n} of the {writes} writes to {object} overwrote a value another process or thread had written since the writer last read it.",
        .noteOverwroteSeveral: " Between {b}'s read and its write, {n} writes by other processes or threads went to {object}: its write replaced them all, unseen.",
        .noteLostUpdateChain: " If every write to {object} computed its value from its writer's read just before it (as `v.value += 1` does), the last value written, {last}, builds on {kept} of the {writes} writes: {n} lost update{s}.",
        .noteViewWriteHeld: "{who} wrote {place} through a view into the shared memory (an element or a nested Structure), holding {lock}, the lock of {object} (what its get_lock() returns). Such a write takes no lock itself: it is this hold, taken by the program, that keeps the write apart from other code holding {lock}.{others}",
        .noteViewWriteUnheld: "{who} wrote {place} through a view into the shared memory (an element or a nested Structure) without holding {lock}, the lock of {object} (what its get_lock() returns). Such a write takes no lock itself: only the wrapper's own accesses (`arr[i] = …`, `v.field = …`) take it, each on its own; to guard a read-modify-write of a field, hold the object's get_lock() around both steps.{others}",
        .noteViewWriteOthers: " At that step it held {locks}.",
    ]
}
