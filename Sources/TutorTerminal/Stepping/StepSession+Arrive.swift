import TutorCore

/// A jump (`G`, a step number, a find's answer, `]`) to a step whose state the background thread has not
/// made yet lands at once: the event, its lanes and its notes are shown, and the state panel says how far
/// the preparation has come instead of a state (waiting for the checkpoints kept `G` on a million
/// queue events for a fifth of a second); the state is shown as soon as it is made.
extension StepSession {
    /// Notes whether the state at the step now shown is still being made (`arriving`).
    mutating func noteState(in model: StepModel) {
        arriving = model.replayer.isReady(after: step) ? nil : step
    }

    /// Notes again whether the state at the step shown is still being made: the view draws it once it is
    /// (and looks every 20 ms meanwhile), also after the view switched to another model of the run.
    mutating func continueArriving(in model: StepModel) {
        noteState(in: model)
    }
}
