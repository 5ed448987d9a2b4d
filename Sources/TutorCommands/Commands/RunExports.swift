import TutorCore
import TutorAnalysis
import TutorTerminal
import TutorExport

/// Writes a run to the files `--html`, `--perfetto` and `--cast` asked for, from the same timeline and
/// presenter the screen uses, and says where each went.
enum RunExports {
    /// - Parameter source: the transcript file of a replay (named in the page's heading), nil for a live run.
    static func write(_ targets: ExportTargets, timeline: Timeline, presenter: RunPresenter, variant: String?,
                      parameters: [String: String], source: String?, hideInfrastructure: Bool) throws {
        guard !targets.isEmpty else { return }
        if let path = targets.html {
            // The page's own words are in the language mp-tutor speaks (--lang, MP_TUTOR_LANG, the locale).
            let language = Language.current.rawValue
            try HTMLExporter(timeline: timeline, presenter: presenter, variant: variant, parameters: parameters, source: source,
                             language: language, hideInfrastructure: hideInfrastructure).write(to: path)
            Console.out(Phrase.wroteHTML.text(["path": path]) + "\n")
        }
        if let path = targets.perfetto {
            let notes = presenter.notes(for: timeline, variant: variant, parameters: parameters)
            try PerfettoExporter(timeline: timeline, notes: notes).write(to: path)
            Console.out(Phrase.wrotePerfetto.text(["path": path]) + "\n")
        }
        if let path = targets.cast {
            // The recording shows the replay as a colour terminal of fixed width would.
            let caps = TerminalCapabilities(color: true, unicode: true, width: 100, isInteractive: false)
            let flat = RunPresenter(lesson: presenter.lesson, capabilities: caps, options: presenter.options)
            let text = flat.heading(for: timeline.header, replayOf: source, events: timeline.events)
                + flat.body(timeline: timeline, variant: variant, parameters: parameters).text
            let title = presenter.lesson.map { "mp-tutor: \($0.title)" } ?? "mp-tutor: " + timeline.header.command.joined(separator: " ")
            try CastExporter(text: text, width: caps.width, title: title).write(to: path)
            Console.out(Phrase.wroteCast.text(["path": path]) + "\n")
        }
    }
}
