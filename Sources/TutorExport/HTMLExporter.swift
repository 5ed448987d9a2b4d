import Foundation
import TutorCore
import TutorAnalysis
import TutorTerminal

/// A run as one self-contained, interactive HTML page: lanes, bars, cause→effect arrows, the lesson's
/// numbered notes, the summary and the lesson's claims, and a step slider with the step view's state
/// panel. Inline CSS and script, no fonts, no network (a Content-Security-Policy forbids it).
///
/// Built from the models the terminal uses: `Timeline`, `CausalLinker`, `TimelineSpans`, the notes and
/// claims of `RunPresenter`, `EventDescriber`, `StatePanel` and `SummaryRenderer` with colours off.
public struct HTMLExporter {
    let data: HTMLPageData

    /// The terminal width the state panel and summary are laid out for.
    static let panelWidth = 100

    /// - Parameters:
    ///   - presenter: gives the lesson (if any), its notes and claims, exactly as the terminal shows them.
    ///   - source: the transcript file for a replay, nil for a live run.
    ///   - language: the page's own words (`HTMLStrings`); the lesson's text stays as written.
    public init(timeline: Timeline, presenter: RunPresenter, variant: String?, parameters: [String: String],
                source: String? = nil, language: String = "en", hideInfrastructure: Bool = true) {
        let plain = TerminalCapabilities(color: false, unicode: true, width: Self.panelWidth, isInteractive: false)
        var options = presenter.options
        options.hideInfrastructure = hideInfrastructure
        let flat = RunPresenter(lesson: presenter.lesson, capabilities: plain, options: options)
        let notes = flat.notes(for: timeline, variant: variant, parameters: parameters)
        let claims = flat.lesson.map { ClaimReport(lesson: $0, variant: variant, parameters: parameters, timeline: timeline) }
        let painter = Painter(capabilities: plain)
        let describer = EventDescriber(timeline: timeline, painter: painter)
        let header = timeline.header
        let title = flat.lesson.map { "\($0.title) (\($0.id)\(variant.map { " · \($0)" } ?? ""))" }
            ?? "mp-tutor · " + header.command.joined(separator: " ")
        data = HTMLPageData(
            timeline: timeline, notes: notes, links: CausalLinker.links(in: timeline), spans: TimelineSpans.spans(in: timeline),
            claims: claims, title: title, lessonSummary: flat.lesson?.summary,
            heading: flat.heading(for: header, replayOf: source, events: timeline.events).trimmingCharacters(in: .whitespacesAndNewlines),
            summary: SummaryRenderer(timeline: timeline, capabilities: plain).render(),
            warnings: TimelineRenderer(timeline: timeline, notes: [], capabilities: plain, options: options).completenessWarnings(),
            language: language, descriptions: timeline.events.indices.map(describer.describe),
            panel: Self.panelFrames(timeline, painter: painter, hideInfrastructure: hideInfrastructure))
    }

    /// The whole page.
    public func html() -> String {
        let json = String(decoding: data.json(), as: UTF8.self)
        let language = HTMLStrings.table(for: data.language).first { $0.key == "lang" }?.text ?? "en"
        return """
        <!DOCTYPE html>
        <html lang="\(language)">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="mp-tutor \(ExportText.html(data.timeline.header.mptutorVersion))">
        <title>\(ExportText.html(data.title))</title>
        <style>
        \(HTMLTemplate.style)
        </style>
        </head>
        <body>
        \(HTMLTemplate.body)
        <script type="application/json" id="run-data">\(json)</script>
        <script>
        \(HTMLTemplate.script)
        </script>
        </body>
        </html>

        """
    }

    /// Writes the page at `path`.
    public func write(to path: String) throws {
        try ExportFile.write(Array(html().utf8), to: path, what: Phrase.exportHTML.text())
    }
}

private extension HTMLExporter {
    /// The step view's state panel after every event, replayed forward once.
    static func panelFrames(_ timeline: Timeline, painter: Painter, hideInfrastructure: Bool) -> PanelFrames {
        // The panel's own rows, unwrapped: the page wraps them to its width (and to large type).
        let lost = StatePanel.lostEvents(in: timeline)
        func lines(_ state: RunState) -> [PanelFrames.Row] {
            StatePanel(state: state, painter: painter, width: panelWidth, hidesInfrastructure: hideInfrastructure).losing(lost).rows()
        }
        var state = RunState()
        var previous = lines(state)
        var frames = PanelFrames(initial: previous)
        for index in timeline.events.indices {
            state.apply(index, of: timeline)
            let now = lines(state)
            frames.append(now, previous: previous)
            previous = now
        }
        return frames
    }
}
