import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// ", 29 acquire(block=False) call(s) failed (it was taken)"; a threading lock's call is `blocking=False`, and a
    /// threading semaphore's failure means no unit was free (round 6).
    func busyTries(_ lock: LockActivity, _ tries: Int64) -> String {
        guard timeline.events.first(where: { $0.is(.lockCreate) && $0.object == (timeline.lockCopies[lock.object] ?? lock.object) })?.bool(EventField.threading) == true else {
            return Phrase.summaryLockBusy.text(["n": tries])
        }
        return (lock.type.hasSuffix("Semaphore") ? Phrase.summarySemaphoreBusyThreading : .summaryLockBusyThreading).text(["n": tries])
    }
}
