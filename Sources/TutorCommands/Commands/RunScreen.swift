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
    /// How the run's end becomes mp-tutor's status (a lesson's, or the program's for `trace`).
    var statusPolicy: RunStatusPolicy = .lesson

    /// Runs `request` and shows it: under the live step view when `--step` is asked for on a terminal (the
    /// view follows the run as it goes), else after the run.
    /// - Returns: mp-tutor's status (`statusPolicy`; 130 after Ctrl-C in the view; 1 when the terminal could
    ///   not be driven; 74 when `--record` could not be written and nothing worse happened) and the run, nil
    ///   when it did not run.
    func live(_ request: TracedRun.Request) throws -> (status: Int32, result: TracedRun.Result?) {
        if display.step, LiveStepView.canDriveTerminal { return try liveStepped(request) }
        let result = try TracedRun(environment: context.environment).run(request)
        // The transcript is written while the timeline is built and printed; however this ends, it is
        // written before mp-tutor goes on.
        let recording = RunRecord.writeInBackground(result, to: record)
        defer { _ = recording.wait() }
        Console.out("\n" + presenter.heading(for: result.transcript.header, replayOf: nil, events: result.transcript.events))
        Console.out(tracerWarning(result))
        let timeline = TimelineBuilder.build(result.transcript)
        try export(timeline, source: nil)
        if display.step { Console.out(RunRecord.recordedLine(record, failure: recording.wait())) }
        // After Ctrl-C the learner wanted out: print the run as usual rather than open the view.
        if display.step, !result.outcome.interrupted {
            let status = present(timeline)
            return (RunRecord.finish(status == 0 ? statusPolicy.status(result) : status, failure: recording.wait()), result)
        }
        Console.out(presenter.body(timeline: timeline, variant: variant, parameters: parameters).text)
        let recordFailure = recording.wait()
        if !display.step, record != nil, recordFailure == nil { Console.out("\n" + RunRecord.recordedLine(record, failure: nil)) }
        return (RunRecord.finish(statusPolicy.status(result), failure: recordFailure), result)
    }

    /// Shows a recorded run read from `path`. Returns mp-tutor's status: 0, or 130 after Ctrl-C in the view.
    /// - Parameter transcript: consumed, so that the timeline holds the only copy of its events.
    func replay(_ transcript: consuming Transcript, from path: String) throws -> Int32 {
        let header = transcript.header
        let timeline = TimelineBuilder.build(taking: consume transcript)
        try export(timeline, source: path)
        let heading = { Console.out(presenter.heading(for: header, replayOf: path, events: timeline.events)) }
        if display.step {
            heading()
            return present(timeline)
        }
        // The heading is made and printed while the summary's thread has begun (the same text in the same order).
        Console.out(presenter.body(timeline: timeline, variant: variant, parameters: parameters, meanwhile: heading).text)
        return 0
    }

    /// Writes the run to the files `--html`, `--perfetto` and `--cast` asked for (nothing when none was).
    /// - Parameter source: the transcript of a replay, named in the page's heading; nil for a live run.
    func export(_ timeline: Timeline, source: String?) throws {
        try RunExports.write(display.exports, timeline: timeline, presenter: presenter, variant: variant, parameters: parameters,
                             source: source, hideInfrastructure: display.hideInfrastructure)
    }
}

private extension RunScreen {
    /// The step view opens as the run starts and follows it; what is printed after a run (heading, tracer
    /// warning, summary) comes after the view closes, over the final timeline the view already built.
    func liveStepped(_ request: TracedRun.Request) throws -> (status: Int32, result: TracedRun.Result?) {
        let environment = context.environment
        var screenRequest = request
        screenRequest.restoreScreenIfKilled = true
        let request = screenRequest
        let view = LiveStepView(request: request, presenter: presenter, variant: variant, parameters: parameters, display: display)
        let (status, run, timeline) = try view.run { started in
            try TracedRun(environment: environment).run(request, onStart: started)
        }
        guard let result = run else { return (status, nil) }
        let recordFailure = RunRecord.write(result, to: record)
        Console.out(presenter.heading(for: result.transcript.header, replayOf: nil, events: result.transcript.events))
        Console.out(tracerWarning(result))
        Console.out(RunRecord.recordedLine(record, failure: recordFailure))
        // A view stopped by SIGTERM or SIGHUP to mp-tutor ends as that signal, not as Ctrl-C.
        if status == 130, result.outcome.interrupted {
            return (RunRecord.finish(RunStatusPolicy.interrupted(result.outcome), failure: recordFailure), result)
        }
        guard status == 0 else { return (RunRecord.finish(status, failure: recordFailure), result) }
        let final = timeline ?? TimelineBuilder.build(result.transcript)
        try export(final, source: nil)
        Console.out(presenter.closing(timeline: final, variant: variant, parameters: parameters).text)
        return (RunRecord.finish(statusPolicy.status(result), failure: recordFailure), result)
    }

    /// Steps through `timeline`, then prints what follows the timeline (not after Ctrl-C).
    func present(_ timeline: Timeline) -> Int32 {
        Stepper.present(timeline, presenter: presenter, variant: variant, parameters: parameters, display: display)
    }

    /// Said when the tracer recorded nothing, with what the program printed, so nothing is hidden.
    func tracerWarning(_ result: TracedRun.Result) -> String {
        let painter = Painter(capabilities: presenter.capabilities)
        if !result.outOfSpacePids.isEmpty {
            let problem = Phrase.problemOutOfSpace.text(["folder": TracedRun.temporaryBase, "n": result.outOfSpacePids.count,
                                                         "pids": result.outOfSpacePids.map(String.init).joined(separator: Phrase.listComma.text())])
            return painter.paint(Phrase.warnOutOfSpace.text(["problem": problem]) + "\n", .yellow)
        }
        guard result.tracerSilent else { return "" }
        // stopped by the watchdog before the tracer started: nothing is known of this python (round 15H)
        let warning = result.outcome.timedOut ? Phrase.tracerSilentWarningWatchdog.text() : Phrase.tracerSilentWarning.text()
        var text = painter.paint(warning + "\n", .yellow)
        let out = String(decoding: result.outcome.stdout, as: UTF8.self)
        let err = String(decoding: result.outcome.stderr, as: UTF8.self)
        for line in (out + err).split(separator: "\n", omittingEmptySubsequences: false) {
            text += "  " + TextSanitizer.neutralize(String(line), keepColors: false) + "\n"
        }
        return text
    }
}
