import Foundation

/// `mp-tutor trace script.py [args...]`: any program of the learner's, traced and explained.
struct TraceCommand {
    let context: CommandContext
    let script: String
    let arguments: [String]
    let run: RunOptions
    let display: DisplayOptions
    let record: String?

    func execute() throws -> Int32 {
        guard FileManager.default.fileExists(atPath: script) else {
            throw MPTutorError.usage("no such script: \(script)")
        }
        let python = try context.python(run.python)
        let caps = context.capabilities(display)
        let painter = Painter(capabilities: caps)
        let timeout = run.timeout ?? 60
        Console.out(painter.paint("\(painter.symbol("▶", ascii: ">")) tracing \(([script] + arguments).map(TextSanitizer.line).joined(separator: " "))", .bold)
            + painter.paint("  (watchdog \(Format.duration(timeout)) · Ctrl-C stops every process)", .dim) + "\n")
        var request = TracedRun.Request(python: python, script: script, arguments: arguments, timeout: timeout,
                                        startMethod: run.startMethod)
        request.sampleOS = run.sampleOS
        if display.step, Stepper.canDriveTerminal {
            let presenter = RunPresenter(lesson: nil, capabilities: caps, options: context.timelineOptions(display))
            return try LiveStepping.run(request, context: context, presenter: presenter, variant: nil, parameters: [:],
                                        display: display, record: record).status
        }
        let result = try TracedRun(environment: context.environment).run(request)
        if let record { try TranscriptWriter.write(result.transcript, to: record) }
        let presenter = RunPresenter(lesson: nil, capabilities: caps, options: context.timelineOptions(display))
        Console.out("\n" + presenter.heading(for: result.transcript.header, replayOf: nil))
        Console.out(RunOutput.tracerWarning(result, painter: painter))
        let timeline = TimelineBuilder.build(result.transcript)
        if let record, display.step { Console.out("recorded to \(record)\n") }
        // After Ctrl-C the learner wanted out: print the run as usual rather than open the view.
        if display.step, !result.outcome.interrupted {
            return Stepper.present(timeline, presenter: presenter, variant: nil, parameters: [:], display: display)
        }
        Console.out(presenter.body(timeline: timeline, variant: nil, parameters: [:]).text)
        if let record, !display.step { Console.out("\nrecorded to \(record)\n") }
        return RunOutput.status(result.outcome)
    }
}
