import TutorCore
import TutorTerminal

/// The whole output of `mp-tutor simulate scheduling`: per algorithm its rules, Gantt chart and table;
/// with several algorithms, a comparison of their averages.
public struct SchedulingReport: Sendable {
    public let painter: Painter
    /// The full line width.
    public let width: Int

    static let indent = "  "

    public init(capabilities: TerminalCapabilities) {
        painter = Painter(capabilities: capabilities)
        width = max(40, capabilities.width)
    }

    var innerWidth: Int { width - Self.indent.count }
    var gantt: GanttRenderer { GanttRenderer(painter: painter, width: innerWidth) }
    var tables: ScheduleTableRenderer { ScheduleTableRenderer(painter: painter, width: innerWidth) }

    /// The full report for `results` (all on the same job set); with `steps`, every tick comes before each chart.
    public func render(_ results: [ScheduleResult], steps: Bool = false) -> String {
        guard let first = results.first else { return "" }
        var lines = header(first.jobs)
        let scale = results.map { gantt.bestScale(for: $0) }.min() ?? 1
        for result in results {
            lines.append("")
            lines += section(result, scale: scale, steps: steps)
        }
        if results.count > 1 {
            lines += ["", painter.paint(Phrase.simComparison.text(), .bold)]
            lines += tables.renderComparison(results).map { Self.indent + $0 }
            lines += wrap(bestSentence(results))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What is simulated and on which jobs.
    func header(_ jobs: [SchedulingJob]) -> [String] {
        wrap(Phrase.simIntro.text(), indent: "")
            + wrap(Phrase.simJobs.text(["list": jobs.map { "\($0.name):\($0.arrival):\($0.burst)" }.joined(separator: ", ")]), indent: "")
            + wrap(Phrase.simMeasures.text(), indent: "")
    }

    /// The title and rules of one algorithm.
    func heading(_ algorithm: SchedulingAlgorithm) -> [String] {
        let bullet = painter.symbol("•", ascii: "-") + " "
        return TextWrapper.wrap(algorithm.title, width: width).map { painter.paint($0, .bold) }
            + algorithm.rules.flatMap { TextWrapper.wrap($0, width: width, indent: Self.indent + "  ", firstIndent: Self.indent + bullet) }
    }

    /// One algorithm: heading, chart, table, averages.
    func section(_ result: ScheduleResult, scale: Int? = nil, steps: Bool = false) -> [String] {
        var lines = heading(result.algorithm)
        if steps {
            let stepper = StepRenderer(report: self)
            for snapshot in result.snapshots {
                lines.append("")
                lines += stepper.block(snapshot, in: result)
            }
            lines += ["", painter.paint(Phrase.simWholeSchedule.text(), .bold)]
        }
        lines.append("")
        lines += gantt.render(result, scale: scale).map { Self.indent + $0 }
        lines.append("")
        lines += tables.render(result).map { Self.indent + $0 }
        return lines
    }

    func bestSentence(_ results: [ScheduleResult]) -> String {
        func best(_ value: KeyPath<JobStatistics, Int>) -> String {
            let lowest = results.map { $0.total(value) }.min()
            return results.filter { $0.total(value) == lowest }.map(\.algorithm.shortName).joined(separator: Phrase.listComma.text())
        }
        return Phrase.simLowest.text(["waiting": best(\.waiting), "response": best(\.response)])
    }

    func wrap(_ text: String, indent: String = Self.indent) -> [String] {
        TextWrapper.wrap(text, width: width, indent: indent)
    }
}
