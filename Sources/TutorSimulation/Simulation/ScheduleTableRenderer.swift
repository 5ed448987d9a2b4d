import TutorCore
import TutorTerminal

/// Draws the per-job statistics of a schedule, and the comparison of several schedules' averages.
struct ScheduleTableRenderer: Sendable {
    let painter: Painter
    /// The columns available, indent not included.
    let width: Int

    init(painter: Painter, width: Int) {
        self.painter = painter
        self.width = width
    }

    /// Job, arrival, burst, start, finish, waiting, turnaround, response; then the averages.
    func render(_ result: ScheduleResult) -> [String] {
        let rows = result.statistics.map { stats in
            [stats.job.name] + [stats.job.arrival, stats.job.burst, stats.start, stats.finish, stats.waiting, stats.turnaround,
                                stats.response].map(String.init)
        }
        let averages = ["", "", "", "", result.formattedAverage(\.waiting), result.formattedAverage(\.turnaround),
                        result.formattedAverage(\.response)]
        // Narrower headers (and a shorter footer label) for narrow terminals.
        let choices = [
            Phrase.simTableLong.text().components(separatedBy: "|"),
            Phrase.simTableMedium.text().components(separatedBy: "|"),
            Phrase.simTableShort.text().components(separatedBy: "|"),
        ]
        return table(choices.map { (Array($0.dropLast()), rows + [[$0[$0.count - 1]] + averages]) }, leftAligned: 1, footerRows: 1)
    }

    /// One row per schedule: the average waiting, turnaround and response times.
    func renderComparison(_ results: [ScheduleResult]) -> [String] {
        let long = Phrase.simCompareLong.text().components(separatedBy: "|")
        let short = Phrase.simCompareShort.text().components(separatedBy: "|")
        let rows = results.map { result in
            [result.algorithm.shortName, result.formattedAverage(\.waiting), result.formattedAverage(\.turnaround),
             result.formattedAverage(\.response), String(result.endTime)]
        }
        return table([(long, rows), (short, rows)], leftAligned: 1, footerRows: 0)
    }

    /// A table with the first `leftAligned` columns left-aligned and the rest right-aligned, using the first
    /// (headers, rows) choice that fits the width, with single spaces between columns as a last resort.
    func table(_ choices: [(headers: [String], rows: [[String]])], leftAligned: Int, footerRows: Int) -> [String] {
        func widths(_ choice: (headers: [String], rows: [[String]])) -> [Int] {
            choice.headers.indices.map { column in
                ([choice.headers[column]] + choice.rows.map { $0[column] }).map(\.displayWidth).max() ?? 0
            }
        }
        let candidates = [2, 1].flatMap { gap in choices.map { (choice: $0, widths: widths($0), gap: gap) } }
        let fitting = candidates.first { $0.widths.reduce(0, +) + $0.gap * ($0.widths.count - 1) <= width }
            ?? candidates[candidates.count - 1]
        let (headers, rows) = fitting.choice
        let (widths, gap) = (fitting.widths, fitting.gap)
        func line(_ cells: [String]) -> String {
            cells.indices.map { column in
                let cell = cells[column]
                let padding = String(repeating: " ", count: max(0, widths[column] - cell.displayWidth))
                return column < leftAligned ? cell + padding : padding + cell
            }.joined(separator: String(repeating: " ", count: gap)).trimmingTrailingSpaces
        }
        let total = widths.reduce(0, +) + gap * (widths.count - 1)
        let rule = painter.paint(painter.rule("─", ascii: "-", columns: total), .dim)
        var lines = [painter.paint(line(headers), .bold), rule]
        for (index, row) in rows.enumerated() {
            if index == rows.count - footerRows { lines.append(rule) }
            lines.append(line(row))
        }
        return lines
    }
}
