import Foundation
import TutorCore
import TutorCapture
import TutorAnalysis
import TutorTerminal

/// `mp-tutor trace script.py [args...]`: any program of the learner's, traced and explained.
///
/// A tool to script as well as to learn with: the program reads mp-tutor's standard input, and
/// mp-tutor's exit status follows the program's (`RunStatusPolicy.program`).
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
        try RunRecord.prepare(record, protecting: run.module || script == "-" ? [] : [script])
        var request = try makeRequest(stepping: display.step && LiveStepView.canDriveTerminal)
        let caps = context.capabilities(display)
        let painter = Painter(capabilities: caps)
        let hint = request.timeout.map { Phrase.watchdogHint.text(["timeout": Format.duration($0)]) } ?? Phrase.noWatchdogHint.text()
        Console.out(RunBanner.text(headline: Phrase.tracingLine.text(["command": request.displayCommand.map(TextSanitizer.line).joined(separator: " ")]),
                                   hint: hint, painter: painter, width: caps.width))
        request.sampleOS = run.sampleOS
        request.redact = run.redact
        request.checkout = context.locator.root()
        let presenter = RunPresenter(lesson: nil, capabilities: caps, options: context.timelineOptions(display))
        let screen = RunScreen(context: context, presenter: presenter, display: display, variant: nil, parameters: [:], record: record,
                               statusPolicy: .program)
        return try screen.live(request).status
    }
}

private extension TraceCommand {
    /// The traced run: the script (or module), its arguments, the watchdog, and mp-tutor's standard
    /// input for the program, except when the step view reads its keys from that terminal.
    func makeRequest(stepping: Bool) throws -> TracedRun.Request {
        let scriptText = run.module ? nil : try readPipedScript()
        let python = try context.python(run.python)
        let timeout = run.noWatchdog ? nil : (run.timeout ?? 60)
        var request = TracedRun.Request(python: python, script: script, arguments: arguments, timeout: timeout,
                                        startMethod: run.startMethod,
                                        displayCommand: (run.module ? ["-m", script] : [script]) + arguments)
        request.module = run.module
        request.scriptText = scriptText
        let stdinIsKeys = stepping && KeyboardDevice.isStandardInput
        let terminal = isatty(0) == 1
        // On a terminal the run is in its background: it gets what is typed through mp-tutor, and only
        // while mp-tutor is the foreground job (`mp-tutor trace x.py &` must not read the terminal).
        if script != "-" && !stdinIsKeys && (!terminal || InputRelay.isForeground(0)) {
            request.stdinDescriptor = 0
            request.relayStdin = terminal
        }
        return request
    }

    /// The script's text when it is not a regular file (a FIFO, `/dev/fd/N`, `-` for standard input),
    /// else nil: such a script can be read only once, and spawn children read the main script again.
    func readPipedScript() throws -> [UInt8]? {
        if script != "-" {
            var info = stat()
            guard stat(script, &info) == 0 else {
                throw MPTutorError.usage(Phrase.errNoSuchScript.text(["script": script]))
            }
            if info.st_mode & S_IFMT == S_IFREG { return nil }
            if info.st_mode & S_IFMT == S_IFDIR {
                throw MPTutorError.usage(Phrase.errScriptIsFolder.text(["script": script]), hint: Phrase.hintTraceModule.text())
            }
        }
        let fd = script == "-" ? dup(0) : open(script, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw MPTutorError.usage(Phrase.errCannotReadScript.text(["script": script, "reason": String(cString: strerror(errno))])) }
        defer { close(fd) }
        var text: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw MPTutorError.usage(Phrase.errCannotReadScript.text(["script": script, "reason": String(cString: strerror(errno))])) }
            if count == 0 { return text }
            text += chunk[0..<count]
            if text.count > Self.pipedScriptLimit {
                throw MPTutorError.usage(Phrase.errScriptTooLong.text(["script": script, "n": Self.pipedScriptLimit >> 20]))
            }
        }
    }
}
