import TutorCore
import TutorAnalysis

/// How the commands open the view: over the run's timeline, with the notes the printed timeline would
/// have, and with the summary and the lesson's claims printed after the learner quits.
extension Stepper {
    /// Steps through `timeline`, then prints what follows the timeline (not after Ctrl-C).
    /// - Returns: the stepper's status: 0, or 130 after Ctrl-C.
    public static func present(_ timeline: Timeline, presenter: RunPresenter, variant: String?, parameters: [String: String],
                        display: DisplayOptions) -> Int32 {
        // One state model for the notes and the view: one pass over the run, not two.
        let replayer = StateReplayer(timeline: timeline)
        let notes = presenter.notes(for: timeline, variant: variant, parameters: parameters, replayer: replayer)
        let model = StepModel(timeline: timeline, notes: notes, capabilities: presenter.capabilities,
                              hideInfrastructure: display.hideInfrastructure, replayer: replayer)
        let status = Stepper(model: model, capabilities: presenter.capabilities).run()
        if status == 0 { Console.out(presenter.closing(timeline: timeline, variant: variant, parameters: parameters).text) }
        return status
    }
}
