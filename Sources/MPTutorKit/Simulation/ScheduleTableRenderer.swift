/// Draws the per-job statistics of a schedule, and the comparison of several schedules' averages.
public struct ScheduleTableRenderer: Sendable {
    public let painter: Painter
    /// The columns available, indent not included.
    public let width: Int

    public init(painter: Painter, width: Int) {
        self.painter = painter
        self.width = width
    }

    /// Job, arrival, burst, start, finish, waiting, turnaround, response; then the averages.
    public func render(_ result: ScheduleResult) -> [String] {
        let long = ["Job", "Arrival", "Burst", "Start", "Finish", "Waiting", "Turnaround", "Response"]
        let short = ["Job", "Arr", "Burst", "Start", "Fin", "Wait", "Turn", "Resp"]
        var rows = result.statistics.map { stats in
            [stats.job.name] + [stats.job.arrival, stats.job.burst, stats.start, stats.finish, stats.waiting, stats.turnaround,
                                stats.response].map(String.init)
        }
        rows.append(["Average", "", "", "", "", result.formattedAverage(\.waiting), result.formattedAverage(\.turnaround),
                     result.formattedAverage(\.response)])
        return table(headers: [long, short], rows: rows, leftAligned: 1, footerRows: 1)
    }

    /// One row per schedule: the average waiting, turnaround and response times.
    public func renderComparison(_ results: [ScheduleResult]) -> [String] {
        let long = ["Algorithm", "Avg waiting", "Avg turnaround", "Avg response", "Finish"]
        let short = ["Algorithm", "Wait", "Turn", "Resp", "End"]
        let rows = results.map { result in
            [result.algorithm.shortName, result.formattedAverage(\.waiting), result.formattedAverage(\.turnaround),
             result.formattedAverage(\.response), String(result.endTime)]
        }
        return table(headers: [long, short], rows: rows, leftAligned: 1, footerRows: 0)
    }

    /// A table with the first `leftAligned` columns left-aligned and the rest right-aligned, using the first
    /// header set that fits the width (and single spaces between columns as a last resort).
    func table(headers choices: [[String]], rows: [[String]], leftAligned: Int, footerRows: Int) -> [String] {
        var chosen = (headers: choices[choices.count - 1], widths: [Int](), gap: 1)
        search: for gap in [2, 1] {
            for headers in choices {
                let widths = headers.indices.map { column in
                    ([headers[column]] + rows.map { $0[column] }).map(\.displayWidth).max() ?? 0
                }
                if widths.reduce(0, +) + gap * (widths.count - 1) <= width || (gap == 1 && headers == choices.last) {
                    chosen = (headers, widths, gap)
                    break search
                }
            }
        }
        let (headers, widths, gap) = chosen
        func line(_ cells: [String]) -> String {
            cells.indices.map { column in
                let cell = cells[column]
                let padding = String(repeating: " ", count: max(0, widths[column] - cell.displayWidth))
                return column < leftAligned ? cell + padding : padding + cell
            }.joined(separator: String(repeating: " ", count: gap)).trimmingTrailingSpaces
        }
        let total = widths.reduce(0, +) + gap * (widths.count - 1)
        let rule = painter.paint(String(repeating: painter.symbol("─", ascii: "-"), count: total), .dim)
        var lines = [painter.paint(line(headers), .bold), rule]
        for (index, row) in rows.enumerated() {
            if index == rows.count - footerRows { lines.append(rule) }
            lines.append(line(row))
        }
        return lines
    }
}
