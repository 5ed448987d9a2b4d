import TutorCore
import TutorAnalysis
import TutorTerminal

/// The state panel's lines after every step, stored compactly: a full copy every `keyEvery` steps and,
/// for the steps between, only the lines that changed. The page rebuilds any step from its key frame.
struct PanelFrames {
    static let keyEvery = 200

    /// Lines before the first event.
    var initial: [String] = []
    /// Per step: the line count and the changed lines (index, text), or all lines at key steps.
    var frames: [(count: Int, changes: [(Int, String)])] = []

    init(initial: [String]) { self.initial = initial }

    mutating func append(_ lines: [String], previous: [String]) {
        let isKey = frames.count % Self.keyEvery == 0
        var changes: [(Int, String)] = []
        for (i, line) in lines.enumerated() where isKey || i >= previous.count || previous[i] != line { changes.append((i, line)) }
        frames.append((lines.count, changes))
    }

    /// `{"every": N, "initial": [...], "frames": [[count, i, "text", i, "text", ...], ...]}`.
    func write(_ out: inout JSONBytes) {
        out.raw("{\"every\":")
        out.int(Self.keyEvery)
        out.raw(",\"labelWidth\":")
        out.int(StatePanel.labelWidth)
        out.raw(",\"initial\":[")
        for (n, line) in initial.enumerated() {
            if n > 0 { out.raw(",") }
            out.string(line)
        }
        out.raw("],\"frames\":[")
        for (n, frame) in frames.enumerated() {
            if n > 0 { out.raw(",\n") }
            out.raw("[")
            out.int(frame.count)
            for (index, text) in frame.changes {
                out.raw(",")
                out.int(index)
                out.raw(",")
                out.string(text)
            }
            out.raw("]")
        }
        out.raw("]}")
    }
}
