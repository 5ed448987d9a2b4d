import Foundation
import TutorCore
import TutorCapture
import TutorAnalysis
import TutorTerminal

/// `mp-tutor present <id>`: classroom mode. The lesson text, its questions, the run played event by
/// event (live, or the recorded one with `--replay`), the answers from the run's events, and what it proved.
struct PresentCommand {
    let context: CommandContext
    let id: String
    let options: PresentOptions

    func run() throws -> Int32 {
        guard LiveStepView.canDriveTerminal else {
            throw MPTutorError.usage(Phrase.errPresentNeedsTerminal.text(),
                                     hint: Phrase.hintPresentPipe.text(["lesson": id]))
        }
        let catalog = try context.catalog()
        let lesson = try catalog.lesson(id)
        let display = options.lesson.display
        let caps = context.capabilities(display)
        let presenter = RunPresenter(lesson: lesson, capabilities: caps, options: context.timelineOptions(display))
        if options.replay { return try replay(lesson, catalog: catalog, presenter: presenter) }
        let live = try LiveLessonRun(context: context, lesson: lesson, variant: options.lesson.variant,
                                     settings: options.lesson.settings, run: options.lesson.run)
        let parameters = live.parameters.dictionary
        let deck = PresentDeck(lesson: lesson, questions: QuestionReport.questions(of: lesson, variant: live.variant, parameters: parameters),
                               capabilities: caps)
        let view = LiveStepView(request: live.request, presenter: presenter, variant: live.variant, parameters: parameters, display: display)
        let state = LiveRunState()
        let environment = context.environment, request = live.request
        let (feed, empty, finalTimeline) = view.makeFeed(state: state) { started in
            try TracedRun(environment: environment).run(request, onStart: started)
        }
        let exit = PresentLoop(deck: deck, source: .live(feed, empty: empty), speed: options.speed,
                               finish: finish(lesson, variant: live.variant, parameters: parameters, presenter: presenter)).run()
        if case let .failure(error)? = state.result { throw error }
        if case let .success(result)? = state.result {
            if let record = options.lesson.record { try TranscriptWriter.write(result.transcript, to: record) }
            if exit == .quit, !result.outcome.interrupted, finalTimeline() != nil { ProgressStore(environment: environment).markFinished(lesson.id) }
        }
        return Self.status(exit)
    }

    static func status(_ exit: PresentLoop.Exit) -> Int32 {
        switch exit {
        case .quit: 0
        // a run stopped by SIGTERM or SIGHUP ends with 128+N as `trace` does; Ctrl-C (a key here, or SIGINT) with 130
        case .interrupted: Supervisor.receivedStopSignal.map { 128 + $0 } ?? 130
        case .failed, .cannotDrive: 1
        }
    }
}

private extension PresentCommand {
    func replay(_ lesson: Lesson, catalog: LessonCatalog, presenter: RunPresenter) throws -> Int32 {
        let variant = options.lesson.variant
        if let variant, !lesson.variants.contains(where: { $0.id == variant }) {
            throw MPTutorError.usage(Phrase.errNoVariant.text(["id": lesson.id, "variant": variant]))
        }
        let path = catalog.transcriptPath(for: lesson.id, variant: variant)
        guard FileManager.default.fileExists(atPath: path) else {
            throw MPTutorError.other(Phrase.errNoRecordedRunLive.text(["id": lesson.id, "path": path]))
        }
        let transcript = try TranscriptReader.read(path: path)
        let parameters = Dictionary(transcript.header.parameters.members.map { ($0.key, $0.value.displayText) }) { a, _ in a }
        let timeline = TimelineBuilder.build(transcript)
        let notes = presenter.notes(for: timeline, variant: variant, parameters: parameters)
        let model = StepModel(timeline: timeline, notes: notes, capabilities: presenter.capabilities,
                              hideInfrastructure: options.lesson.display.hideInfrastructure)
        let deck = PresentDeck(lesson: lesson, questions: QuestionReport.questions(of: lesson, variant: variant, parameters: parameters),
                               capabilities: presenter.capabilities)
        let exit = PresentLoop(deck: deck, source: .replay(model), speed: options.speed,
                               finish: finish(lesson, variant: variant, parameters: parameters, presenter: presenter)).run()
        return Self.status(exit)
    }

    /// The answers and the closing text (summary, claims) of the final model.
    func finish(_ lesson: Lesson, variant: String?, parameters: [String: String],
                presenter: RunPresenter) -> (StepModel) -> (report: QuestionReport, closing: String) {
        { model in
            var closingPresenter = presenter
            closingPresenter.capabilities.width = PresentDeck.textWidth(presenter.capabilities.width)
            // The answers have screens of their own: the closing text is the summary and the claims.
            closingPresenter.lesson?.questions = []
            let closing = closingPresenter.closing(timeline: model.timeline, variant: variant, parameters: parameters).text
            return (QuestionReport(lesson: lesson, variant: variant, parameters: parameters, timeline: model.timeline), closing)
        }
    }
}
