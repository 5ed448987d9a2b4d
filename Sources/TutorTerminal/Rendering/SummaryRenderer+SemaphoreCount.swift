import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// A plain Semaphore released more often than acquired over the whole run: its count ended above its initial value,
    /// so more holders than that value could be inside at once (round 10A, r10a_semaphore_double_release). Counted from
    /// every acquire and release recorded, so only when none was lost and the semaphore's creation was recorded.
    func overReleased(_ lock: String, acquisitions: Int) -> String {
        guard timeline.lostEvents == 0, let made = timeline.events.first(where: { $0.is(.lockCreate) && $0.object == lock }),
              made.objectType == "Semaphore", let initial = made.int(EventField.value) else { return "" }
        let releases = timeline.indices(of: .lockRelease).filter { timeline.events[$0].object == lock }.count
        let end = initial + Int64(releases) - Int64(acquisitions)
        guard end > initial else { return "" }
        return Phrase.summarySemaphoreOverReleased.text(["releases": releases, "n": acquisitions, "end": end, "initial": initial])
    }
}
