import Foundation

/// `mp-tutor trace script.py [args...]`: any program of the learner's, traced and explained.
///
/// A tool to script as well as to learn with: the program reads mp-tutor's standard input, and
/// mp-tutor's exit status follows the program's (`RunOutput.programStatus`).
struct TraceCommand {
    let context: CommandContext
    let script: String
    let arguments: [String]
    let run: RunOptions
    let display: DisplayOptions
    let record: String?

    /// The longest script read from a pipe (`<(…)` or `-`).
    static let pipedScriptLimit = 16 << 20

    func execute() throws -> Int32 {
        if !run.module { try RunOutput.prepareRecord(record, protecting: script == "-" ? [] : [script]) } else {
            try RunOutput.prepareRecord(record, protecting: [])
        }
        let stepping = display.step && Stepper.canDriveTerminal
        var request = try makeRequest(stepping: stepping)
        let caps = context.capabilities(display)
        let painter = Painter(capabilities: caps)
        let watchdog = request.timeout.map { "watchdog \(Format.duration($0))" } ?? "no watchdog"
        let shown = (run.module ? ["-m", script] : [script]) + arguments
        Console.out(painter.paint("\(painter.symbol("▶", ascii: ">")) tracing \(shown.joined(separator: " "))", .bold)
            + painter.paint("  (\(watchdog) · Ctrl-C stops every process)", .dim) + "\n")
        request.sampleOS = run.sampleOS
        if stepping {
            let presenter = RunPresenter(lesson: nil, capabilities: caps, options: context.timelineOptions(display))
            let (status, result, recordFailure) = try LiveStepping.run(request, context: context, presenter: presenter, variant: nil,
                                                                       parameters: [:], display: display, record: record)
            guard let result, status == RunOutput.status(result.outcome) else { return RunOutput.finish(status, recordFailure: recordFailure) }
            return RunOutput.finish(RunOutput.traceStatus(result), recordFailure: recordFailure)
        }
        let result = try TracedRun(environment: context.environment).run(request)
        let recordFailure = RunOutput.record(result, to: record)
        let presenter = RunPresenter(lesson: nil, capabilities: caps, options: context.timelineOptions(display))
        Console.out("\n" + presenter.heading(for: result.transcript.header, replayOf: nil))
        Console.out(RunOutput.tracerWarning(result, painter: painter))
        let timeline = TimelineBuilder.build(result.transcript)
        if display.step { Console.out(RunOutput.recordedLine(record, failure: recordFailure)) }
        // After Ctrl-C the learner wanted out: print the run as usual rather than open the view.
        if display.step, !result.outcome.interrupted {
            let status = Stepper.present(timeline, presenter: presenter, variant: nil, parameters: [:], display: display)
            return RunOutput.finish(status == 0 ? RunOutput.traceStatus(result) : status, recordFailure: recordFailure)
        }
        Console.out(presenter.body(timeline: timeline, variant: nil, parameters: [:]).text)
        if !display.step, record != nil, recordFailure == nil { Console.out("\n" + RunOutput.recordedLine(record, failure: nil)) }
        return RunOutput.finish(RunOutput.traceStatus(result), recordFailure: recordFailure)
    }

    /// The traced run: the script (or module), its arguments, the watchdog, and mp-tutor's standard
    /// input for the program, except when the step view reads its keys from that terminal.
    private func makeRequest(stepping: Bool) throws -> TracedRun.Request {
        var scriptText: [UInt8]?
        if !run.module {
            scriptText = try readPipedScript()
        }
        let python = try context.python(run.python)
        let timeout = run.noWatchdog ? nil : (run.timeout ?? 60)
        var request = TracedRun.Request(python: python, script: script, arguments: arguments, timeout: timeout,
                                        startMethod: run.startMethod,
                                        displayCommand: (run.module ? ["-m", script] : [script]) + arguments)
        request.module = run.module
        request.scriptText = scriptText
        let stdinIsKeys = stepping && isatty(0) == 1
        if script != "-" && !stdinIsKeys {
            request.stdinDescriptor = 0
            // The run is in the terminal's background: it gets what is typed through mp-tutor.
            request.relayStdin = isatty(0) == 1
        }
        return request
    }

    /// The script's text when it is not a regular file (a FIFO, `/dev/fd/N`, `-` for standard input),
    /// else nil: such a script can be read only once, and spawn children read the main script again.
    private func readPipedScript() throws -> [UInt8]? {
        if script != "-" {
            var info = stat()
            guard stat(script, &info) == 0 else {
                throw MPTutorError.usage("no such script: \(script)")
            }
            if info.st_mode & S_IFMT == S_IFREG { return nil }
            if info.st_mode & S_IFMT == S_IFDIR {
                throw MPTutorError.usage("\(script) is a folder, not a Python script",
                                         hint: "to run a package's __main__ use 'mp-tutor trace -m PACKAGE'.")
            }
        }
        let fd = script == "-" ? dup(0) : open(script, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw MPTutorError.usage("cannot read the script \(script): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var text: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw MPTutorError.usage("cannot read the script \(script): \(String(cString: strerror(errno)))") }
            if count == 0 { return text }
            text += chunk[0..<count]
            if text.count > Self.pipedScriptLimit {
                throw MPTutorError.usage("the script \(script) is longer than \(Self.pipedScriptLimit >> 20) MB")
            }
        }
    }
}
