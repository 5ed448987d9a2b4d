/// `lesson --step` and `trace --step` on a terminal: the step view opens as the run starts and follows
/// it; what the commands print after a run (heading, tracer warning, summary) comes after the view closes.
enum LiveStepping {
    /// - Returns: mp-tutor's status (0, or 130 when the run or the view was interrupted; 1 when the
    ///   terminal could not be driven) and the run, if it ran.
    static func run(_ request: TracedRun.Request, context: CommandContext, presenter: RunPresenter, variant: String?,
                    parameters: [String: String], display: DisplayOptions, record: String?) throws -> (status: Int32, result: TracedRun.Result?) {
        let environment = context.environment
        let (status, run) = try Stepper.presentLive(request: request, presenter: presenter, variant: variant, parameters: parameters,
                                                    display: display) { started in
            try TracedRun(environment: environment).run(request, onStart: started)
        }
        guard let result = run else { return (status, nil) }
        if let record { try TranscriptWriter.write(result.transcript, to: record) }
        Console.out(presenter.heading(for: result.transcript.header, replayOf: nil))
        Console.out(RunOutput.tracerWarning(result, painter: Painter(capabilities: presenter.capabilities)))
        if let record { Console.out("recorded to \(record)\n") }
        guard status == 0 else { return (status, result) }
        let timeline = TimelineBuilder.build(result.transcript)
        try RunExports.write(display.exports, timeline: timeline, presenter: presenter, variant: variant, parameters: parameters,
                             source: nil, hideInfrastructure: display.hideInfrastructure)
        Console.out(presenter.closing(timeline: timeline, variant: variant, parameters: parameters).text)
        return (RunOutput.status(result.outcome), result)
    }
}
