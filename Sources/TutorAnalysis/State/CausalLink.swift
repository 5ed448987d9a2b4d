import TutorCore

/// "This happened because of that": an effect event tied to the event that caused it.
public struct CausalLink: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// A get received the item of this put.
        case delivery
        /// A release let this waiting acquire through.
        case handOff
        /// A task's next stage: submit → start → end → result → callback.
        case task
        /// A parent started this process.
        case spawn
        /// A parent saw this process end.
        case reap
        /// An `Event.set()` released this blocked `wait()`.
        case wake
    }

    public var cause: Int
    public var effect: Int
    public var kind: Kind
    /// Said at the effect's step, e.g. "got 'x' put by Process-2 at 0.510 s".
    public var text: String
}
