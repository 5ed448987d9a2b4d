import TutorCore
import TutorAnalysis

/// Everything shown after a run, live or replayed: the heading, the timeline with notes, the summary
/// and the lesson's claims. Live runs and replays call this one function, so they print the same thing.
public struct RunPresenter: Sendable {
    public var lesson: Lesson?
    public var capabilities: TerminalCapabilities
    public var options: TimelineRenderer.Options

    public init(lesson: Lesson?, capabilities: TerminalCapabilities, options: TimelineRenderer.Options = .init()) {
        self.lesson = lesson
        self.capabilities = capabilities
        self.options = options
    }

    /// The heading line: what was run, where. `events` (the run's, when at hand) tell how its children were started:
    /// the default start method is not theirs when the program chose another with get_context() or mp_context.
    public func heading(for header: TranscriptHeader, replayOf source: String?, events: [TraceEvent] = []) -> String {
        let painter = Painter(capabilities: capabilities)
        let what = header.command.joined(separator: " ")
        // Both read only these kinds, in order: the few events of them copied out (each read the whole run's events,
        // copying every one: a tenth of a long run's replay after reading).
        let starts = events.indices(of: [.processSpawn, .processStart, .processStartMethod]).map { events[$0] }
        let children = ChildStartMethods.of(starts)
        let method = header.startMethod ?? "?"
        // the header's method is the last set_start_method() that took effect: with two or more, none was "the default"
        let chosen = ChildStartMethods.chosenByMain(starts)
        let startMethod = chosen.count > 1
            ? Phrase.factStartMethodsChosen.text(["methods": chosen.joined(separator: Phrase.factStartMethodThen.text()),
                                                  "children": children.isEmpty ? "?" : children.joined(separator: Phrase.listComma.text())])
            : children.isEmpty || children == [method]
            ? Phrase.factStartMethod.text(["method": method])
            : Phrase.factStartMethodChildren.text(["method": method, "methods": children.joined(separator: Phrase.listComma.text())])
        let facts = [Phrase.factPython.text(["version": header.python ?? "?"]),
                     startMethod,
                     Phrase.factCPUs.text(["n": header.cpus])].joined(separator: " · ")
        let arrow = painter.symbol("▶", ascii: ">")
        let version = Self.versionWarning(header.python).map { painter.paint("  \(painter.symbol("⚠", ascii: "!")) " + $0, .yellow) + "\n" } ?? ""
        if let source {
            let recorded = TextWrapper.fit(["  " + Phrase.recordedLine.text(["at": header.recordedAt, "command": what, "facts": facts])], width: max(40, capabilities.width))
            return painter.paint("\(arrow) " + Phrase.replayOf.text(["source": source]), .bold) + "\n" + recorded.joined(separator: "\n") + "\n" + version
        }
        let ran = TextWrapper.fit([painter.paint("\(arrow) " + Phrase.ranLine.text(["command": what]), .bold) + "   " + painter.paint(facts, .dim)], width: max(40, capabilities.width))
        return ran.joined(separator: "\n") + "\n" + version
    }

    /// The Python versions whose multiprocessing internals the tracer was checked against: its own tests, CPython's
    /// multiprocessing suite traced vs untraced, and the lessons' claims (README, "Python versions"; 3.12.1 and 3.13.0).
    static let verifiedPythons = ["3.11", "3.12", "3.13"]

    /// Said on screen when the run's Python is not one the tracer was verified on.
    static func versionWarning(_ python: String?) -> String? {
        guard let python else { return Phrase.versionNotRecorded.text() }
        let minor = python.split(separator: ".").prefix(2).joined(separator: ".")
        guard !verifiedPythons.contains(minor) else { return nil }
        return Phrase.versionUnverified.text(["version": python, "verified": verifiedPythons.joined(separator: Phrase.listComma.text())])
    }

    /// Timeline, summary and claims. Returns the text and the claim report (nil without a lesson).
    /// - Parameter meanwhile: done on the calling thread once the summary's thread has started (the replay prints the
    ///   heading there: the summary of a long executor run is the longest of the body's work, and need not wait for it).
    public func body(timeline: Timeline, variant: String?, parameters: [String: String],
                     meanwhile: () -> Void = {}) -> (text: String, claims: ClaimReport?) {
        body(timeline: timeline, variant: variant, parameters: parameters, parallelFrom: Self.parallelFromEvents, meanwhile: meanwhile)
    }

    /// `body`, its summary made on a second thread for runs of at least `parallelFrom` events (tests vary it).
    func body(timeline: Timeline, variant: String?, parameters: [String: String], parallelFrom: Int,
              meanwhile: () -> Void = {}) -> (text: String, claims: ClaimReport?) {
        // The summary and claims need neither the notes nor the timeline's rows: made on a second core meanwhile
        // (a fifth of a long run's replay), the same text as one after the other. That thread then makes the notes'
        // passes this one has not taken yet (`NotePasses`): a run whose summary is quicker than its notes has its rows
        // sooner. Not before the summary: where the summary is the longer (executors), that would only delay it.
        let parallel = timeline.events.count >= parallelFrom
        let passes = parallel ? NotePasses(timeline: timeline) : nil
        let closing = BesideResult(if: parallel) {
            let closed = self.closing(timeline: timeline, variant: variant, parameters: parameters)
            passes?.help()
            return closed
        }
        meanwhile()
        let notes = notes(for: timeline, variant: variant, parameters: parameters, sharing: passes)
        let text = TimelineRenderer(timeline: timeline, notes: notes, capabilities: capabilities, options: options).render()
        let closed = closing.take()
        return (text + closed.text, closed.claims)
    }

    /// The notes for a run: the lesson's own (for this variant, with its parameters), then generic ones.
    /// The printed timeline and the step-through view both take their notes from here.
    /// - Parameter replayer: the run's state model, if the caller made one already.
    /// - Parameter passes: the generic rules' passes shared with another thread (`NotePasses.help`), made for `timeline`.
    public func notes(for timeline: Timeline, variant: String?, parameters: [String: String], replayer: StateReplayer? = nil,
                      sharing passes: NotePasses? = nil) -> [Note] {
        let rules = (lesson?.notes ?? []).filter { LessonVariant.applies($0.variants, to: variant) }
        let painter = Painter(capabilities: capabilities)
        // Made only when a note quotes a row (a watchdog's process that was not blocked): a few calls per run.
        return Annotator(timeline: timeline, rules: rules, parameters: parameters, replayer: replayer,
                         rowWords: { EventDescriber(timeline: timeline, painter: painter).describe($0) }).notes(sharing: passes)
    }

    /// The lesson's questions, asked before the run ("" without any).
    public func asking(variant: String?, parameters: [String: String]) -> String {
        guard let lesson, !lesson.questions.isEmpty else { return "" }
        let questions = QuestionReport.questions(of: lesson, variant: variant, parameters: parameters)
        return QuestionRenderer(capabilities: capabilities, words: .forLesson(lesson)).asking(questions)
    }

    /// What follows the timeline: the summary, the lesson's claims and the answers to its questions (nil without a lesson).
    public func closing(timeline: Timeline, variant: String?, parameters: [String: String]) -> (text: String, claims: ClaimReport?) {
        var text = "\n" + SummaryRenderer(timeline: timeline, capabilities: capabilities).render()
        var report: ClaimReport?
        if let lesson {
            let claims = ClaimReport(lesson: lesson, variant: variant, parameters: parameters, timeline: timeline)
            if !claims.entries.isEmpty { text += "\n" + ClaimReportRenderer(report: claims, capabilities: capabilities).render() }
            report = claims
            let answers = QuestionReport(lesson: lesson, variant: variant, parameters: parameters, timeline: timeline)
            if !answers.reveals.isEmpty {
                text += "\n" + QuestionRenderer(capabilities: capabilities, words: .forLesson(lesson)).revealing(answers)
            }
        }
        return (text, report)
    }
}
