import Foundation
import TutorCore
import TutorCapture
import TutorAnalysis
import TutorTerminal

/// The one flow from a run to the screen, for every command that shows a run (`lesson`, `trace`, `replay`):
/// get the run (live, live under the step view, or from a transcript), record it, print the heading and
/// the tracer's warning, build the timeline once, print the body or open the step view, and give
/// mp-tutor's exit status.
struct RunScreen {
    let context: CommandContext
    let presenter: RunPresenter
    let display: DisplayOptions
    let variant: String?
    let parameters: [String: String]
    /// Where to write the transcript of a live run, if anywhere.
    let record: String?

    /// Runs `request` and shows it: under the live step view when `--step` is asked for on a terminal (the
    /// view follows the run as it goes), else after the run.
    /// - Returns: mp-tutor's status (0; 130 after Ctrl-C; 1 when the terminal could not be driven) and the
    ///   run, nil when it did not run.
    func live(_ request: TracedRun.Request) throws -> (status: Int32, result: TracedRun.Result?) {
        if display.step, LiveStepView.canDriveTerminal { return try liveStepped(request) }
        let result = try TracedRun(environment: context.environment).run(request)
        if let record { try TranscriptWriter.write(result.transcript, to: record) }
        Console.out("\n" + presenter.heading(for: result.transcript.header, replayOf: nil))
        Console.out(tracerWarning(result))
        let timeline = TimelineBuilder.build(result.transcript)
        if let record, display.step { Console.out(Phrase.recordedTo.text(["path": record]) + "\n") }
        // After Ctrl-C the learner wanted out: print the run as usual rather than open the view.
        if display.step, !result.outcome.interrupted { return (present(timeline), result) }
        Console.out(presenter.body(timeline: timeline, variant: variant, parameters: parameters).text)
        if let record, !display.step { Console.out("\n" + Phrase.recordedTo.text(["path": record]) + "\n") }
        return (Self.status(result.outcome), result)
    }

    /// Shows a recorded run read from `path`. Returns mp-tutor's status: 0, or 130 after Ctrl-C in the view.
    func replay(_ transcript: Transcript, from path: String) -> Int32 {
        Console.out(presenter.heading(for: transcript.header, replayOf: path))
        let timeline = TimelineBuilder.build(transcript)
        if display.step { return present(timeline) }
        Console.out(presenter.body(timeline: timeline, variant: variant, parameters: parameters).text)
        return 0
    }

    /// mp-tutor's own exit status after a run: 130 after Ctrl-C, else 0 (a demo's failure is shown, not passed on).
    static func status(_ outcome: RunOutcome) -> Int32 {
        outcome.interrupted ? 130 : 0
    }
}

private extension RunScreen {
    /// The step view opens as the run starts and follows it; what is printed after a run (heading, tracer
    /// warning, summary) comes after the view closes, over the final timeline the view already built.
    func liveStepped(_ request: TracedRun.Request) throws -> (status: Int32, result: TracedRun.Result?) {
        let environment = context.environment
        let view = LiveStepView(request: request, presenter: presenter, variant: variant, parameters: parameters, display: display)
        let (status, run, timeline) = try view.run { started in
            try TracedRun(environment: environment).run(request, onStart: started)
        }
        guard let result = run else { return (status, nil) }
        if let record { try TranscriptWriter.write(result.transcript, to: record) }
        Console.out(presenter.heading(for: result.transcript.header, replayOf: nil))
        Console.out(tracerWarning(result))
        if let record { Console.out(Phrase.recordedTo.text(["path": record]) + "\n") }
        guard status == 0 else { return (status, result) }
        let final = timeline ?? TimelineBuilder.build(result.transcript)
        Console.out(presenter.closing(timeline: final, variant: variant, parameters: parameters).text)
        return (Self.status(result.outcome), result)
    }

    /// Steps through `timeline`, then prints what follows the timeline (not after Ctrl-C).
    func present(_ timeline: Timeline) -> Int32 {
        Stepper.present(timeline, presenter: presenter, variant: variant, parameters: parameters, display: display)
    }

    /// Said when the tracer recorded nothing, with what the program printed, so nothing is hidden.
    func tracerWarning(_ result: TracedRun.Result) -> String {
        guard result.tracerSilent else { return "" }
        let painter = Painter(capabilities: presenter.capabilities)
        var text = painter.paint(Phrase.tracerSilentWarning.text() + "\n", .yellow)
        let out = String(decoding: result.outcome.stdout, as: UTF8.self)
        let err = String(decoding: result.outcome.stderr, as: UTF8.self)
        for line in (out + err).split(separator: "\n", omittingEmptySubsequences: false) {
            text += "  " + TextSanitizer.neutralize(String(line), keepColors: false) + "\n"
        }
        return text
    }
}
