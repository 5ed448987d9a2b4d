import TutorCore
import TutorTerminal

/// Draws a schedule as a Gantt chart: one row of slices between bars, the tick under each bar.
///
/// ```
/// │  A   │ B  │  C   │·│
/// 0      3    5      8 9
/// ```
/// A slice gets `scale` columns per tick; idle time is filled with `·`. When the chart does not fit the width
/// even at one column per tick it continues on further rows, cut at a tick.
struct GanttRenderer: Sendable {
    let painter: Painter
    /// The columns available, indent not included.
    let width: Int

    init(painter: Painter, width: Int) {
        self.painter = painter
        self.width = width
    }

    static let maximumScale = 4

    /// The most columns per tick (up to 4) that keep the whole chart on one row; 1 when none does.
    func bestScale(for result: ScheduleResult, until end: Int? = nil) -> Int {
        let slices = clipped(result.slices, until: end)
        let labelRoom = String(slices.last?.to ?? 0).count
        for scale in stride(from: Self.maximumScale, through: 2, by: -1) {
            let row = 1 + slices.reduce(0) { $0 + $1.length * scale + 1 } + labelRoom - 1
            if row <= width { return scale }
        }
        return 1
    }

    /// The chart's lines (pairs of bar row and tick row); `until` cuts the chart at that tick.
    func render(_ result: ScheduleResult, scale: Int? = nil, until end: Int? = nil) -> [String] {
        let slices = clipped(result.slices, until: end)
        guard let last = slices.last else { return [painter.paint(Phrase.simNoTime.text(), .dim)] }
        let scale = max(1, scale ?? bestScale(for: result, until: end))
        let labelRoom = String(last.to).count
        let colours = Dictionary(result.jobs.enumerated().map { ($1.name, Self.palette[$0 % Self.palette.count]) },
                                 uniquingKeysWith: { first, _ in first })
        var lines: [String] = []
        for row in rows(of: slices, scale: scale, labelRoom: labelRoom) {
            var bars = bar
            var ticks: [(column: Int, text: String)] = [(0, String(row[0].from))]
            var column = 1
            for piece in row {
                let cells = piece.length * scale
                bars += cellText(piece, cells: cells, colour: piece.job.flatMap { colours[$0] }) + bar
                column += cells + 1
                ticks.append((column - 1, String(piece.to)))
            }
            lines.append(bars)
            lines.append(tickLine(ticks))
        }
        return lines
    }

    static let palette: [TextStyle] = [.cyan, .green, .yellow, .magenta, .blue, .red]

    var bar: String { painter.paint(painter.cell("│", ascii: "|"), .dim) }

    func clipped(_ slices: [ScheduleSlice], until end: Int?) -> [ScheduleSlice] {
        guard let end else { return slices }
        return slices.compactMap { slice in
            guard slice.from < end else { return nil }
            return ScheduleSlice(job: slice.job, from: slice.from, to: min(slice.to, end))
        }
    }

    /// Splits the slices into rows that fit the width, cutting a slice at a tick when it must.
    func rows(of slices: [ScheduleSlice], scale: Int, labelRoom: Int) -> [[ScheduleSlice]] {
        let budget = max(scale + 1, width - labelRoom)
        var rows: [[ScheduleSlice]] = [[]]
        var used = 1
        for slice in slices {
            var piece = slice
            while piece.length > 0 {
                let fit = (budget - used - 1) / scale
                if fit < 1 {
                    rows.append([])
                    used = 1
                    continue
                }
                let take = min(fit, piece.length)
                rows[rows.count - 1].append(ScheduleSlice(job: piece.job, from: piece.from, to: piece.from + take))
                used += take * scale + 1
                piece.from += take
            }
        }
        return rows.filter { !$0.isEmpty }
    }

    func cellText(_ piece: ScheduleSlice, cells: Int, colour: TextStyle?) -> String {
        guard let job = piece.job else {
            return painter.paint(String(repeating: painter.cell("·", ascii: "."), count: cells), .dim)
        }
        let name = job.displayWidth <= cells ? job : job.truncated(toWidth: cells, ellipsis: "")
        let left = (cells - name.displayWidth) / 2
        let styles: [TextStyle] = colour.map { [.bold, $0] } ?? [.bold]
        return String(repeating: " ", count: left) + painter.paint(name, styles: styles)
            + String(repeating: " ", count: cells - left - name.displayWidth)
    }

    /// Tick numbers under their bars; a number that would touch the one before it is left out,
    /// except the last, which wins over the one before it.
    func tickLine(_ ticks: [(column: Int, text: String)]) -> String {
        var kept: [(column: Int, text: String)] = []
        for (index, tick) in ticks.enumerated() {
            let isLast = index == ticks.count - 1
            while let previous = kept.last, previous.column + previous.text.count >= tick.column {
                guard isLast else { break }
                kept.removeLast()
            }
            if let previous = kept.last, previous.column + previous.text.count >= tick.column { continue }
            kept.append(tick)
        }
        var line = ""
        for tick in kept {
            line += String(repeating: " ", count: tick.column - line.count) + tick.text
        }
        return line
    }
}
