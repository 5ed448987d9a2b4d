import Foundation
import TutorCore
import TutorCapture
import TutorAnalysis
import TutorTerminal

/// `mp-tutor lesson <id>`: the lesson text, its demo run live under the tracer, and the explained timeline.
struct LessonCommand {
    let context: CommandContext
    let id: String?
    let options: LessonRunOptions

    func run() throws -> Int32 {
        let progress = ProgressStore(environment: context.environment)
        let lesson = try context.lessonOrNext(id, progress: progress)
        try RunRecord.prepare(options.textOnly ? nil : options.record, protecting: [lesson.directory + "/" + lesson.demo, lesson.file])
        let caps = context.capabilities(options.display)
        // Resolve python, the variant and the parameters first, so a mistake is reported before the long text.
        if options.textOnly { _ = try LessonParameters(lesson: lesson, overrides: options.settings) }
        let live = options.textOnly ? nil : try LiveLessonRun(context: context, lesson: lesson, variant: options.variant,
                                                              settings: options.settings, run: options.run)
        var text = MarkdownRenderer(capabilities: caps).render(MarkdownDocument(parsing: lesson.body)) + "\n"
        if lesson.translationMissing {
            text = Painter(capabilities: caps).paint(Phrase.lessonNotTranslated.text(), .yellow) + "\n\n" + text
        }
        let stepView = options.display.step && LiveStepView.canDriveTerminal
        if stepView, live != nil {
            // The text first, read at leisure; the step view covers the screen only once the learner asks.
            guard readFirst(text) else { return 0 }
        }
        let pager = stepView || !options.display.pager ? nil : Pager.start(environment: context.environment)
        defer { pager?.finish() }
        if !stepView || live == nil { Console.out(text) }
        guard let live else { return 0 }

        let painter = Painter(capabilities: caps)
        let presenter = RunPresenter(lesson: lesson, capabilities: caps, options: context.timelineOptions(options.display))
        let asking = presenter.asking(variant: options.variant, parameters: live.parameters.dictionary)
        if !asking.isEmpty, !stepView { Console.out("\n" + asking + "\n") }
        Console.out(RunBanner.text(headline: Phrase.runningLine.text(["command": live.displayCommand.map(TextSanitizer.line).joined(separator: " ")]),
                                   hint: Phrase.watchdogHint.text(["timeout": Format.duration(live.timeout)]), painter: painter, width: caps.width))
        let screen = RunScreen(context: context, presenter: presenter, display: options.display, variant: options.variant,
                               parameters: live.parameters.dictionary, record: options.record)
        // Quitting the pager while the demo runs stops the run as Ctrl-C would, and leaves nothing behind.
        pager?.whenQuit { Supervisor.interruptRun() }
        let (status, result) = try screen.live(live.request)
        pager?.stopWatching()
        // The learner left the pager during the run: a quit, not an interrupt.
        if pager?.quitWhileWatched == true { return 0 }
        if let result, !result.outcome.interrupted { progress.markFinished(lesson.id) }
        return status
    }
}

private extension LessonCommand {
    /// `lesson --step`: the text through the pager (or printed, then a prompt), and the step view after it.
    /// - Returns: false when the learner left instead (end of input at the prompt).
    func readFirst(_ text: String) -> Bool {
        if options.display.pager, let pager = Pager.start(environment: context.environment) {
            Console.out(text)
            pager.finish()
            return true
        }
        Console.out(text + "\n" + Phrase.lessonPressEnter.text())
        return readLine() != nil
    }
}

/// One live run of a lesson's demo, with its parameters and variant resolved.
struct LiveLessonRun {
    let lesson: Lesson
    let variant: String?
    let parameters: LessonParameters
    let python: String
    let timeout: Double
    let arguments: [String]
    let startMethod: String?
    let sampleOS: Bool
    let redact: Bool
    let context: CommandContext

    init(context: CommandContext, lesson: Lesson, variant: String?, settings: [String], run: RunOptions) throws {
        self.context = context
        self.lesson = lesson
        self.variant = variant
        var extra: [String] = []
        if let variant {
            guard let found = lesson.variants.first(where: { $0.id == variant }) else {
                let known = lesson.variants.map(\.id)
                throw MPTutorError.usage(Phrase.errNoVariant.text(["id": lesson.id, "variant": variant]),
                                         hint: known.isEmpty ? Phrase.hintNoVariants.text() : Phrase.hintItsVariants.text(["list": known.joined(separator: Phrase.listComma.text())]))
            }
            extra = found.arguments
        }
        parameters = try LessonParameters(lesson: lesson, overrides: settings)
        python = try context.python(run.python)
        timeout = run.timeout ?? lesson.timeout
        startMethod = run.startMethod
        sampleOS = run.sampleOS || lesson.sampleOS
        redact = run.redact
        arguments = parameters.arguments + extra + (run.seed.map { ["--seed", String($0)] } ?? [])
    }

    var displayCommand: [String] { ["lessons/\(lesson.id)/\(lesson.demo)"] + arguments }

    func execute() throws -> TracedRun.Result {
        try TracedRun(environment: context.environment).run(request)
    }

    /// The traced run of the demo with these parameters.
    var request: TracedRun.Request {
        var json = parameters.json
        if let seedIndex = arguments.firstIndex(of: "--seed"), seedIndex + 1 < arguments.count {
            json["seed"] = .string(arguments[seedIndex + 1])
        }
        var request = TracedRun.Request(
            python: python, script: lesson.demo, arguments: arguments, workingDirectory: lesson.directory, timeout: timeout,
            startMethod: startMethod, lesson: lesson.id, variant: variant, parameters: json, displayCommand: displayCommand)
        request.sampleOS = sampleOS
        request.redact = redact
        request.checkout = context.locator.root()
        return request
    }
}
