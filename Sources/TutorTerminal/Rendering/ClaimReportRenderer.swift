import TutorCore
import TutorAnalysis

/// Shows which claims a run proved, and what it showed instead for those it did not.
struct ClaimReportRenderer {
    let report: ClaimReport
    let painter: Painter

    init(report: ClaimReport, capabilities: TerminalCapabilities) {
        self.report = report
        self.painter = Painter(capabilities: capabilities)
    }

    func render() -> String {
        guard !report.entries.isEmpty else { return "" }
        let width = max(40, painter.capabilities.width)
        var out = [painter.paint(" " + Phrase.claimsHeading.text(), .bold)]
        for entry in report.entries {
            let mark = entry.unproved || entry.notJudgedBusy ? painter.paint("?", .yellow, .bold)
                : entry.outcome.passed ? painter.paint(painter.symbol("✓", ascii: "ok"), .green, .bold)
                : painter.paint(painter.symbol("✗", ascii: "FAIL"), .red, .bold)
            out += TextWrapper.wrap(entry.text, width: width - 2, indent: "     ", firstIndent: "  \(mark) ")
            let observed = Phrase.observedPrefix.text(["what": entry.outcome.observation.inWords()])
            out += TextWrapper.wrap(observed, width: width - 2, indent: "     ").map { painter.paint($0, .dim) }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
