import TutorCore

/// Where the learner is in the step-through view and what they are typing: the only state that keys
/// change. Together with the model and the terminal size it decides the screen completely.
struct StepSession: Sendable, Equatable {
    /// What the key line is collecting.
    enum Input: Sendable, Equatable {
        case none
        /// Digits of a step number to jump to.
        case jump(String)
        /// Text to find.
        case search(String)
    }

    /// The current event (0-based).
    var step: Int
    var input: Input = .none
    /// The last text searched for; `/` then Enter searches it again.
    var lastQuery: String?
    /// A one-off message for the key line ("no match", "already at the last step"); cleared by the next key.
    var message: String?
    var showsHelp = false
    /// A find waiting for the search index to reach its answer, from the current step.
    var finding: PendingFind?
    /// A step jumped to whose state is still being made in the background (`StepSession+Arrive`).
    var arriving: Int?
    /// While the run is live: the cursor moves to each new event as it arrives. On whenever the cursor
    /// is on the last event (G or End put it there); stepping back turns it off.
    var follows = true

    init(step: Int = 0) {
        self.step = step
    }
}
