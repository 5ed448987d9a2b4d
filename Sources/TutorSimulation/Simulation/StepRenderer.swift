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
        let clock = snapshot.isFinal ? Phrase.simClockFinal.text(["t": snapshot.time]) : "t = \(snapshot.time) → \(snapshot.time + 1)"
        var lines = [painter.paint(clock, .bold)]
        let quiet = snapshot.running.map { Phrase.simNothingNewKeeps.text(["job": $0]) } ?? Phrase.simNothingNew.text()
        lines += labelled(Phrase.simEvents.text(), snapshot.events.isEmpty ? painter.paint(quiet, .dim) : snapshot.events.joined(separator: Phrase.listSeparator.text()))
        if !snapshot.isFinal {
            lines += labelled(Phrase.simRunning.text(), running(snapshot))
            if case .multilevelFeedback(let settings) = result.algorithm {
                for (level, queue) in snapshot.queues.enumerated() {
                    let quantum = settings.quanta.indices.contains(level) ? settings.quanta[level] : 1
                    lines += labelled(Phrase.simLevel.text(["level": level, "q": quantum]), queueText(queue))
                }
            } else {
                lines += labelled(Phrase.simReadyQueue.text(), queueText(snapshot.queues.first ?? []))
            }
        }
        lines += labelled(Phrase.simFinished.text(), snapshot.finished.isEmpty ? "—" : snapshot.finished.joined(separator: " "))
        return lines
    }

    func running(_ snapshot: ScheduleSnapshot) -> String {
        guard let job = snapshot.running else { return painter.paint(Phrase.simIdleCPU.text(), .dim) }
        var details: [String] = []
        if let level = snapshot.runningLevel { details.append(Phrase.simRunningLevel.text(["level": level])) }
        if let progress = snapshot.runningProgress { details.append(Phrase.simCPUTick.text(["value": progress.value, "total": progress.total])) }
        if let quantum = snapshot.runningQuantum { details.append(Phrase.simQuantumTick.text(["value": quantum.value, "total": quantum.total])) }
        return painter.paint(job, .bold) + (details.isEmpty ? "" : Phrase.evParenthesized.text(["text": details.joined(separator: Phrase.evComma.text())]))
    }

    func queueText(_ queue: [String]) -> String {
        queue.isEmpty ? "—" : queue.joined(separator: " ") + painter.paint(Phrase.simFrontBack.text(["arrow": painter.symbol("→", ascii: "->")]), .dim)
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
        lines += ["", painter.paint(Phrase.simStepKeys.text(), .dim)]
        return lines.joined(separator: "\n") + "\n"
    }
}
