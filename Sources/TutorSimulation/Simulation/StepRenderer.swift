import TutorCore
import TutorTerminal

/// The tick-by-tick view of `--step`: the clock, what happened, the running job and the ready queue(s).
public struct StepRenderer: Sendable {
    public let report: SchedulingReport

    public init(report: SchedulingReport) {
        self.report = report
    }

    var painter: Painter { report.painter }
    static let labelWidth = 15

    /// One tick: the clock line, then labelled lines.
    func block(_ snapshot: ScheduleSnapshot, in result: ScheduleResult) -> [String] {
        let clock = snapshot.isFinal ? "t = \(snapshot.time): all jobs have finished" : "t = \(snapshot.time) → \(snapshot.time + 1)"
        var lines = [painter.paint(clock, .bold)]
        let quiet = snapshot.running.map { "nothing new: \($0) keeps the CPU" } ?? "nothing new"
        lines += labelled("events", snapshot.events.isEmpty ? painter.paint(quiet, .dim) : snapshot.events.joined(separator: "; "))
        if !snapshot.isFinal {
            lines += labelled("running", running(snapshot))
            if case .multilevelFeedback(let settings) = result.algorithm {
                for (level, queue) in snapshot.queues.enumerated() {
                    let quantum = settings.quanta.indices.contains(level) ? settings.quanta[level] : 1
                    lines += labelled("level \(level) (q=\(quantum))", queueText(queue))
                }
            } else {
                lines += labelled("ready queue", queueText(snapshot.queues.first ?? []))
            }
        }
        lines += labelled("finished", snapshot.finished.isEmpty ? "—" : snapshot.finished.joined(separator: " "))
        return lines
    }

    func running(_ snapshot: ScheduleSnapshot) -> String {
        guard let job = snapshot.running else { return painter.paint("idle", .dim) }
        var details: [String] = []
        if let level = snapshot.runningLevel { details.append("level \(level)") }
        if let progress = snapshot.runningProgress { details.append("CPU tick \(progress.value) of \(progress.total)") }
        if let quantum = snapshot.runningQuantum { details.append("quantum tick \(quantum.value) of \(quantum.total)") }
        return painter.paint(job, .bold) + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")")
    }

    func queueText(_ queue: [String]) -> String {
        queue.isEmpty ? "—" : queue.joined(separator: " ") + painter.paint("  (front " + painter.symbol("→", ascii: "->") + " back)", .dim)
    }

    func labelled(_ label: String, _ text: String) -> [String] {
        let first = SchedulingReport.indent + label.padded(toWidth: Self.labelWidth)
        let indent = String(repeating: " ", count: first.displayWidth)
        return TextWrapper.wrap(text, width: report.width, indent: indent, firstIndent: first)
    }

    /// The interactive screen for one tick: the block, and the chart so far.
    func screen(_ snapshot: ScheduleSnapshot, in result: ScheduleResult, position: Int, count: Int) -> String {
        var lines = [painter.paint(result.algorithm.title, .bold) + painter.paint("  (\(position + 1)/\(count))", .dim), ""]
        lines += block(snapshot, in: result)
        lines.append("")
        let end = snapshot.isFinal ? snapshot.time : snapshot.time + 1
        lines += report.gantt.render(result, until: end).map { SchedulingReport.indent + $0 }
        lines += ["", painter.paint("Enter/Space: next · b: back · q: quit", .dim)]
        return lines.joined(separator: "\n") + "\n"
    }
}
