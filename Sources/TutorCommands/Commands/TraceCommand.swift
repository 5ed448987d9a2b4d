import Foundation
import TutorCore
import TutorCapture
import TutorAnalysis
import TutorTerminal

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
            throw MPTutorError.usage(Phrase.errNoSuchScript.text(["script": script]))
        }
        let python = try context.python(run.python)
        let caps = context.capabilities(display)
        let painter = Painter(capabilities: caps)
        let timeout = run.timeout ?? 60
        Console.out(painter.paint("\(painter.symbol("▶", ascii: ">")) " + Phrase.tracingLine.text(["command": ([script] + arguments).joined(separator: " ")]), .bold)
            + painter.paint("  " + Phrase.watchdogHint.text(["timeout": Format.duration(timeout)]), .dim) + "\n")
        var request = TracedRun.Request(python: python, script: script, arguments: arguments, timeout: timeout,
                                        startMethod: run.startMethod)
        request.sampleOS = run.sampleOS
        let presenter = RunPresenter(lesson: nil, capabilities: caps, options: context.timelineOptions(display))
        let screen = RunScreen(context: context, presenter: presenter, display: display, variant: nil, parameters: [:], record: record)
        return try screen.live(request).status
    }
}
