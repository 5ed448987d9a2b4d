import TutorCore
import TutorAnalysis

/// The OS's view of each process, drawn as one strip per process: running on a CPU, ready (runnable but
/// waiting for a CPU), or blocked, over the whole run. Built from `os.state` events only.
struct OSStateStrips {
    let timeline: Timeline
    let painter: Painter

    func render(width: Int) -> [String] {
        if timeline.header.osSampling == "unavailable" {
            return ["  " + Phrase.osUnavailable.text()]
        }
        // Indices first: a filter over the events copies every one of them out of the array.
        let stretches = timeline.indices(of: .osState).map { timeline.events[$0] }
        guard !stretches.isEmpty else { return [] }
        var pids: [Int32] = []
        for e in stretches where !pids.contains(e.pid) { pids.append(e.pid) }
        let names = Dictionary(stretches.map { ($0.pid, $0.process) }) { a, _ in a }
        let nameWidth = min(20, pids.map { names[$0]!.displayWidth }.max() ?? 10, max(8, width - 20))
        let barWidth = max(10, min(60, width - nameWidth - 34))
        let total = max(timeline.durationNs, 1)
        let running = painter.cell("█", ascii: "#"), ready = painter.cell("▒", ascii: "+"), blocked = painter.cell("░", ascii: ".")
        var out = ["  " + Phrase.osLegend.text(["running": running, "ready": ready, "blocked": blocked])]
        for pid in pids {
            var cells = Array(repeating: " ", count: barWidth)
            var sums: [String: Int64] = [:]
            for e in stretches where e.pid == pid {
                let duration = e.durationNs ?? 0
                sums[e.state ?? "?", default: 0] += duration
                let a = Int(Double(e.t) / Double(total) * Double(barWidth))
                let b = max(a + 1, Int((Double(e.t + duration) / Double(total) * Double(barWidth)).rounded()))
                let symbol: String
                switch e.state {
                case "running": symbol = painter.paint(running, .green)
                case "ready": symbol = painter.paint(ready, .yellow)
                case "blocked": symbol = painter.paint(blocked, .blue)
                default: continue
                }
                for i in max(0, a)..<max(0, a, min(b, barWidth)) { cells[i] = symbol }
            }
            let figures = ["running", "ready", "blocked"].map { "\(Phrase.osState($0)) \(Format.duration(ns: sums[$0] ?? 0))" }
                .joined(separator: Language.current == .zh ? "，" : ", ")
            out.append("    " + names[pid]!.truncated(toWidth: nameWidth).padded(toWidth: nameWidth) + "  " + cells.joined() + "  " + figures)
        }
        return out
    }
}
