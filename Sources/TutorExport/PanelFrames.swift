import TutorCore
import TutorAnalysis
import TutorTerminal

/// The state panel's rows after every step, stored compactly: a full copy every `keyEvery` steps and,
/// for the steps between, only the rows that changed. The page rebuilds any step from its key frame.
/// A row is its label and its text, kept apart so the page lays them out in two columns whatever the
/// label's language.
struct PanelFrames {
    typealias Row = (label: String, text: String)

    static let keyEvery = 200

    /// Rows before the first event.
    var initial: [Row] = []
    /// Per step: the row count and the changed rows (index, row), or all rows at key steps.
    var frames: [(count: Int, changes: [(Int, Row)])] = []

    init(initial: [Row]) { self.initial = initial }

    mutating func append(_ rows: [Row], previous: [Row]) {
        let isKey = frames.count % Self.keyEvery == 0
        var changes: [(Int, Row)] = []
        for (i, row) in rows.enumerated()
        where isKey || i >= previous.count || previous[i].label != row.label || previous[i].text != row.text {
            changes.append((i, row))
        }
        frames.append((rows.count, changes))
    }

    /// `{"every": N, "initial": [[label, text], ...], "frames": [[count, i, label, text, ...], ...]}`.
    func write(_ out: inout JSONBytes) {
        out.raw("{\"every\":")
        out.int(Self.keyEvery)
        out.raw(",\"initial\":[")
        for (n, row) in initial.enumerated() {
            if n > 0 { out.raw(",") }
            out.raw("[")
            out.string(row.label)
            out.raw(",")
            out.string(row.text)
            out.raw("]")
        }
        out.raw("],\"frames\":[")
        for (n, frame) in frames.enumerated() {
            if n > 0 { out.raw(",\n") }
            out.raw("[")
            out.int(frame.count)
            for (index, row) in frame.changes {
                out.raw(",")
                out.int(index)
                out.raw(",")
                out.string(row.label)
                out.raw(",")
                out.string(row.text)
            }
            out.raw("]")
        }
        out.raw("]}")
    }
}
