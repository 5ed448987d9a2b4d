extension Phrase {
    /// The English texts of the figures of one shared place's writes, of writes through a view into shared memory,
    /// and of shared_memory's segments (SharedMemory, ShareableList) and the updates lost in them.
    static let englishShared: [Phrase: String] = [
        .noteOverwritesCount: " In all, {n} of the {writes} writes to {object} overwrote a value another process or thread had written since the writer last read it.",
        .noteOverwroteSeveral: " Between {b}'s read and its write, {n} write{s} by other processes or threads went to {object}: its write replaced them all, unseen.",
        .noteLostUpdateChain: " If every write to {object} computed its value from its writer's read just before it (as `v.value += 1` does), the last value written, {last}, builds on {kept} of the {writes} writes: {n} lost update{s}.",
        .noteViewWriteHeld: "{who} wrote {place} through a view into the shared memory (an element or a nested Structure), holding {lock}, the lock of {object} (what its get_lock() returns). Such a write takes no lock itself: it is this hold, taken by the program, that keeps the write apart from other code holding {lock}.{others}",
        .noteViewWriteUnheld: "{who} wrote {place} through a view into the shared memory (an element or a nested Structure) without holding {lock}, the lock of {object} (what its get_lock() returns). Such a write takes no lock itself: only the wrapper's own accesses (`arr[i] = …`, `v.field = …`) take it, each on its own; to guard a read-modify-write of a field, hold the object's get_lock() around both steps.{others}",
        .noteViewWriteOthers: " At that step it held {locks}.",
        .noteViewLostUpdates: "{writers} read-modify-wrote {place} through views of shared memory (a view takes no lock): each of the {writes} writes stored the value its writer had just read {step}. Had every update landed, {place} would have gone from {initial} to {full}; {reader} read {final} after every writer had ended: {landed} of the {writes} updates landed and {lost} were lost (two writers read the same value, and the later write replaced the earlier). Hold the object's get_lock() around each read and write.",
        .evShmCreate: "{object} created: shared memory segment {name}, {size} bytes",
        .evShmCreateList: "{object} created: ShareableList {value} in shared memory segment {name} ({size} bytes)",
        .evShmAttach: "attached to {object} by name (segment {name}, {size} bytes)",
        .evShmClose: "{object}.close(): this process no longer maps the segment (the segment stays)",
        .evShmUnlink: "{object}.unlink(): the segment's name {name} is removed; its memory is freed once every process has closed it",
        .evShmUnlinkFailed: "{object}.unlink() raised {error}",
        .noteShmNotUnlinked: "No process unlinked {object} (segment {name}): the record has no successful unlink() of it, so nothing the program did removed the segment.",
        .noteShmTrackerWarned: " At shutdown the resource tracker warned that shared_memory objects had leaked (its stderr rows); it then unlinks the segments still registered with it, which the tracer does not record.",
        .noteListLostUpdates: "{writers} read-modify-wrote {place} without a lock (a ShareableList takes none): each of the {writes} writes stored the value its writer had just read {step}. Had every update landed, {place} would have gone from {initial} to {full}; {reader} read {final} after every writer had ended: it holds {landed} of the {writes} updates, and {lost} were lost: writes replaced updates their writers had not read (two writers read the same value, or a read came while another process was rewriting the item, whose bytes struct.pack_into clears first). Hold one Lock around each read and write.",
        .evShmBufNotTraced: " (reads and writes through its .buf are not traced: this timeline cannot show them)",
    ]
}
