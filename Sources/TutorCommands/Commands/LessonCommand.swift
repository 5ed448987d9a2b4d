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
        let catalog = try context.catalog()
        let progress = ProgressStore(environment: context.environment)
        let lesson: Lesson
        if let id {
            lesson = try catalog.lesson(id)
        } else {
            let finished = progress.load().finished
            guard let next = catalog.lessons.first(where: { finished[$0.id] == nil }) ?? catalog.lessons.first else {
                throw MPTutorError.other(Phrase.errNoLessons.text(["folder": catalog.root + "/lessons"]))
            }
            lesson = next
        }
        let caps = context.capabilities(options.display)
        // Resolve python, the variant and the parameters first, so a mistake is reported before the long text.
        let live = options.textOnly ? nil : try LiveLessonRun(context: context, lesson: lesson, variant: options.variant,
                                                              settings: options.settings, run: options.run)
        if lesson.translationMissing {
            Console.out(Painter(capabilities: caps).paint(Phrase.lessonNotTranslated.text(), .yellow) + "\n\n")
        }
        Console.out(MarkdownRenderer(capabilities: caps).render(MarkdownDocument(parsing: lesson.body)) + "\n")
        guard let live else { return 0 }

        let painter = Painter(capabilities: caps)
        Console.out(painter.paint("\(painter.symbol("▶", ascii: ">")) " + Phrase.runningLine.text(["command": live.displayCommand.joined(separator: " ")]), .bold)
            + painter.paint("  " + Phrase.watchdogHint.text(["timeout": Format.duration(live.timeout)]), .dim) + "\n")
        let presenter = RunPresenter(lesson: lesson, capabilities: caps, options: context.timelineOptions(options.display))
        let screen = RunScreen(context: context, presenter: presenter, display: options.display, variant: options.variant,
                               parameters: live.parameters.dictionary, record: options.record)
        let (status, result) = try screen.live(live.request)
        if let result, !result.outcome.interrupted { try? progress.markFinished(lesson.id) }
        return status
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
                                         hint: known.isEmpty ? Phrase.hintNoVariants.text() : Phrase.hintItsVariants.text(["list": known.joined(separator: ", ")]))
            }
            extra = found.arguments
        }
        parameters = try LessonParameters(lesson: lesson, overrides: settings)
        python = try context.python(run.python)
        timeout = run.timeout ?? lesson.timeout
        startMethod = run.startMethod
        sampleOS = run.sampleOS || lesson.sampleOS
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
        return request
    }
}
