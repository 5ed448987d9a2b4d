import Foundation
import TutorCore
import TutorAnalysis

/// The whole of a long run being read and analysed on a thread of its own while the step view already
/// shows the run's first page: on a million events the first screen then comes in a fraction of a second
/// instead of after the whole file. The view asks `outcome` between keys and switches when it is there:
/// first to the whole run without its notes (published as soon as it can be stepped through), then to
/// the same run with them.
public final class StepLoad: @unchecked Sendable {
    /// The whole run's model, with its notes.
    public struct Loaded: Sendable {
        public var model: StepModel
        /// The notes are still being made: a model with them follows.
        public var notesPending: Bool
        /// The whole run as the summary needs it (with its pool tasks), when the view's model was built without.
        public var timeline: Timeline?

        public init(model: StepModel, notesPending: Bool = false, timeline: Timeline? = nil) {
            self.model = model
            self.notesPending = notesPending
            self.timeline = timeline
        }
    }

    /// Megabytes being read, for the status line.
    let megabytes: Double
    let startedNs = MonotonicClock.nowNs()
    private let lock = NSLock()
    private var result: Result<Loaded, any Error>?

    /// Starts `work` on its own thread (with a main thread's stack: parsing and analysis may nest deeply).
    /// `work` may `publish` a model before it returns the final one.
    public init(megabytes: Double, work: @escaping @Sendable (_ publish: (Loaded) -> Void) throws -> Loaded) {
        self.megabytes = megabytes
        let thread = Thread { [self] in
            let outcome = Result { try work { early in lock.withLock { result = .success(early) } } }
            lock.withLock { result = outcome }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The whole run's model (or why it could not be made), nil while it is still being made; a model with
    /// `notesPending` is followed by the final one.
    public var outcome: Result<Loaded, any Error>? { lock.withLock { result } }

    /// Seconds since reading began.
    var seconds: Double { Double(MonotonicClock.nowNs() - startedNs) / 1e9 }
}
