import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A Lock (any SemLock) rebuilt in a spawn/forkserver child (gaps 29B): the same named semaphore as the object its
    /// maker created, whose row (process, time) the record has when it was traced there.
    func lockUnpickledRow(_ e: TraceEvent) -> String {
        let object = e.object ?? "?", name = e.name ?? "?"
        if let made = timeline.events.first(where: { $0.is(.lockCreate) && $0.object == object }) {
            return Phrase.evLockUnpickled.text(["object": object, "name": name, "maker": made.process, "t": Format.seconds(made.t)])
        }
        return Phrase.evLockUnpickledUnmade.text(["object": object, "name": name])
    }
}
