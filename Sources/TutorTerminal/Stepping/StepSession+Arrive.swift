import TutorCore

/// A jump (`G`, a step number, a find's answer, `]`) to a step whose state the background thread has not
/// made yet: the view stays on the step it shows and says how far the preparation has come, instead of
/// freezing until it gets there; it lands on the step as soon as the state is there. Any key stops the wait.
extension StepSession {
    /// Keeps the cursor on `previous` while the state at the step it just moved to is not made yet.
    mutating func waitForState(leaving previous: Int, in model: StepModel) {
        guard step != previous, !model.replayer.isReady(after: step) else { return }
        arriving = step
        step = previous
    }

    /// Lands on the step in `arriving` once its state is made.
    mutating func continueArriving(in model: StepModel) {
        guard let target = arriving, model.replayer.isReady(after: target) else { return }
        arriving = nil
        step = min(target, max(0, model.count - 1))
        follows = step >= model.count - 1
    }

    /// The key line while a jump waits for its state.
    func arrivingLine(_ model: StepModel) -> String? {
        arriving.map { Phrase.stepPreparing.text(["step": $0 + 1, "n": model.replayer.preparedEvents, "total": model.count]) }
    }
}
