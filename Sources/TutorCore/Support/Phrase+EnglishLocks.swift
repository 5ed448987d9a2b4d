extension Phrase {
    /// The English texts of locks and semaphores: a release() that raised, failed non-blocking tries, an RLock's
    /// levels, a forked child's copy of a lock.
    static let englishLocks: [Phrase: String] = [
        .evReleaseRaised: "release() of {object} raised {error}: nothing was released",
        .evRLockAgain: "acquired {object} again{times}{waited}: its holder now holds it {n} level{s} deep",
        .evRLockReleaseLevel: "released one level of {object}{times}: still held ({n} more release() frees it)",
        .evSemaphoreBusy: "acquire(blocking=False) on {object} failed: no unit was free",
        .evSemaphoreBusyMany: "{n} more acquire(blocking=False) calls on {object} failed: no unit was free",
        .evThreadLockBusy: "acquire(blocking=False) on {object} failed: it was taken",
        .evThreadLockBusyMany: "{n} more acquire(blocking=False) calls on {object} failed: it was taken",
        .summaryLockBusyThreading: ", {n} acquire(blocking=False) call{s} failed (it was taken)",
        .summarySemaphoreBusyThreading: ", {n} acquire(blocking=False) call{s} failed (no unit was free)",
        .lockCopyLabel: "{object} ({process}'s copy)",
    ]
}
