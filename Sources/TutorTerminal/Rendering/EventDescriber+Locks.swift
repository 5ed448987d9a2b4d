import TutorCore
import TutorAnalysis

/// The rows of a lock's failed non-blocking tries and of a release() that raised.
extension EventDescriber {
    /// A failed acquire(block=False): a threading lock's row says `blocking=False`, a semaphore's that no unit was free.
    func lockBusy(_ e: TraceEvent, _ object: String) -> String {
        let tries = min(max(e.int(EventField.tries) ?? 1, 1), 1 << 40)
        // The lock's create comes first in the run: the search ends there.
        if let made = timeline.events.first(where: { $0.is(.lockCreate) && $0.object == (timeline.lockCopies[object] ?? e.object) }), made.bool(EventField.threading) == true {
            if made.objectType?.hasSuffix("Semaphore") == true {
                return tries == 1 ? Phrase.evSemaphoreBusy.text(["object": object]) : Phrase.evSemaphoreBusyMany.text(["object": object, "n": tries])
            }
            return tries == 1 ? Phrase.evThreadLockBusy.text(["object": object]) : Phrase.evThreadLockBusyMany.text(["object": object, "n": tries])
        }
        return tries == 1 ? Phrase.evLockBusy.text(["object": object]) : Phrase.evLockBusyMany.text(["object": object, "n": tries])
    }

    /// A release() that raised (the lock was not held): nothing was released.
    func releaseRaised(_ e: TraceEvent, _ object: String) -> String {
        Phrase.evReleaseRaised.text(["object": object, "error": e.string(EventField.error) ?? Phrase.evAnException.text()])
    }
}
