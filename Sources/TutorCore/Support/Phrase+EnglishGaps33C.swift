extension Phrase {
    /// English texts of gaps 33C: shared memory's failed attaches, 3.13's track=False, the panel after a segment's
    /// close() and unlink(), and a program's own resource_tracker.unregister() in the leak note.
    static let englishGaps33C: [Phrase: String] = [
        .evShmAttachFailed: "{type}(name={name}) raised {error}: nothing was attached",
        .evShmAttachFailedUnlinked: " — the name was {object}'s, and {by} removed it with unlink() at {at}: no process can attach by it any more (those that still map the segment keep its memory)",
        .evShmNotTracked: "; track=False: this process did not register the segment with the resource tracker (and its unlink() will not unregister it)",
        .panelShmClosed: "closed by {list}",
        .panelShmUnlinked: "name unlinked by {by} at {at}: no more attaches by name",
        .noteTrackerLeakSegmentsDirect: " A segment is unregistered by an unlink() of it, or by a direct call of resource_tracker.unregister(), which the program made ({calls}); the record has neither for the segments above.",
        .noteTrackerUnregisterCall: "{object}: {process} at {t}",
    ]
}
