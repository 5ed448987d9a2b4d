import Foundation
import TutorCore
import TutorAnalysis

/// The closing summary of a run: pool figures with a bar per worker, waits on locks, how processes
/// ended, and whether the record is whole.
public struct SummaryRenderer {
    let timeline: Timeline
    let painter: Painter
    var width: Int { max(40, painter.capabilities.width) }

    public init(timeline: Timeline, capabilities: TerminalCapabilities) {
        self.timeline = timeline
        self.painter = Painter(capabilities: capabilities)
    }

    public func render() -> String {
        var out: [String] = [painter.paint(" " + Phrase.summaryHeading.text(), .bold)]
        out += poolLines()
        out += lockLines()
        out += queueLines()
        out += processLines()
        out += timeLines()
        out += OSStateStrips(timeline: timeline, painter: painter).render(width: width)
        out += recordLines()
        return TextWrapper.fit(out, width: width).joined(separator: "\n") + "\n"
    }
}

private extension SummaryRenderer {
    func poolLines() -> [String] {
        let pool = PoolAnalysis(timeline)
        guard pool.submitted > 0 || pool.started > 0 else { return [] }
        let wall = Format.seconds(timeline.durationNs)
        let busyTotal = pool.workers.reduce(Int64(0)) { $0 + $1.busyNs }
        var head = "  " + Phrase.summaryPool.text(["workers": pool.workers.count, "started": pool.started,
                                                    "submitted": pool.submitted, "max": pool.maxConcurrent])
        // No-break spaces keep a number with its unit ("0.136 s") when the line wraps.
        let glued = { (text: String) in text.replacingOccurrences(of: " ", with: "\u{00A0}") }
        head += pool.maxConcurrentAt.map { Phrase.summaryPoolFirstAt.text(["t": glued(Format.seconds($0))]) } ?? ""
        head += Phrase.summaryPoolWall.text(["wall": glued(wall), "busy": glued(Format.seconds(busyTotal))])
        var out = TextWrapper.wrap(head, width: width, indent: "    ", firstIndent: "")
        let nameWidth = min(22, pool.workers.map(\.name.displayWidth).max() ?? 10)
        let barWidth = max(10, min(50, width - nameWidth - 30))
        for worker in pool.workers {
            let bar = workerBar(worker, width: barWidth)
            let busy = timeline.durationNs > 0 ? Int((Double(worker.busyNs) / Double(timeline.durationNs) * 100).rounded()) : 0
            out.append("    " + worker.name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth) + "  " + bar
                + "  " + Phrase.summaryWorkerRow.text(["n": worker.tasks.count, "busy": busy]))
        }
        if let longest = pool.longestQueued, let queued = longest.queuedNs, queued > 0 {
            out.append("    " + Phrase.summaryQueueLongest.text(["wait": Format.duration(ns: queued), "task": longest.name]))
            out += TextWrapper.wrap(Phrase.summaryQueueWaits.text(["list": queueingDelays()]), width: width, indent: "      ",
                                    firstIndent: "    ")
        }
        let failed = timeline.tasks.filter { $0.succeeded == false }.count
        if failed > 0 { out.append("    " + Phrase.summaryTasksRaised.text(["n": failed])) }
        return out
    }

    /// Every task's wait in the task queue when there are few, else the spread.
    func queueingDelays() -> String {
        let waits = timeline.tasks.compactMap { task in task.queuedNs.map { (task.name, $0) } }
        if waits.count <= 12 {
            // No-break spaces keep "task 3 478 ms" together when the line wraps.
            return waits.map { "\($0.0) \(Format.duration(ns: $0.1))".replacingOccurrences(of: " ", with: "\u{00A0}") }
                .joined(separator: Language.current == .zh ? "，" : ", ")
        }
        let sorted = waits.map(\.1).sorted()
        return Phrase.summaryQueueSpread.text(["n": waits.count, "min": Format.duration(ns: sorted.first!),
                                               "median": Format.duration(ns: sorted[sorted.count / 2]), "max": Format.duration(ns: sorted.last!)])
    }

    /// One cell per slice of the run: a block while the worker is inside a task, alternating shades so
    /// that back-to-back tasks stay distinguishable.
    func workerBar(_ worker: PoolAnalysis.Worker, width: Int) -> String {
        let total = max(timeline.durationNs, 1)
        var cells = Array(repeating: painter.cell("·", ascii: "."), count: width)
        for (n, task) in worker.tasks.enumerated() {
            guard let start = task.startT else { continue }
            let end = task.endT ?? total
            let a = Int(Double(start) / Double(total) * Double(width))
            let b = max(a + 1, Int((Double(end) / Double(total) * Double(width)).rounded()))
            let shade = n % 2 == 0 ? painter.cell("█", ascii: "#") : painter.cell("▓", ascii: "=")
            for i in a..<min(b, width) { cells[i] = shade }
        }
        return painter.paint(cells.joined(), .green)
    }

    func lockLines() -> [String] {
        timeline.locks.compactMap { lock in
            guard !lock.holds.isEmpty else { return nil }
            let contended = lock.contended
            let waits = lock.holds.map(\.waitedNs)
            var line = "  " + Phrase.summaryLock.text(["object": lock.object, "type": lock.type, "n": lock.holds.count,
                                                       "contended": contended.count])
            if let longest = waits.max(), longest > 0 {
                line += Phrase.summaryLockWaits.text(["total": Format.duration(ns: waits.reduce(0, +)), "longest": Format.duration(ns: longest)])
            }
            return line
        }
    }

    func queueLines() -> [String] {
        QueueAnalysis(timeline).queues.map { q in
            var line = "  " + Phrase.summaryQueue.text(["label": q.label, "puts": q.puts, "gets": q.gets, "n": q.maxDepth])
            if q.blockedPuts + q.blockedGets > 0 { line += Phrase.summaryQueueBlocked.text(["puts": q.blockedPuts, "gets": q.blockedGets]) }
            return line
        }
    }

    /// Where each process's time went, for processes that waited noticeably.
    func timeLines() -> [String] {
        let rows = ProcessTimeAnalysis(timeline).processes.filter { row in row.waits.contains { $0.ns >= 10_000_000 } }
        guard !rows.isEmpty else { return [] }
        var out = ["  " + Phrase.summaryWaitingHeading.text()]
        let nameWidth = min(22, rows.map(\.name.displayWidth).max() ?? 10)
        for row in rows.prefix(12) {
            let parts = row.waits.map { "\(Phrase.waitReason($0.reason)) \(Format.duration(ns: $0.ns))" }
                + [Phrase.summaryWaitingOther.text(["duration": Format.duration(ns: row.otherNs)])]
            out.append("    " + row.name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth) + "  "
                + Phrase.summaryWaitingRow.text(["lifetime": Format.duration(ns: row.lifetimeNs),
                                                 "parts": parts.joined(separator: Language.current == .zh ? "，" : ", ")]))
        }
        if rows.count > 12 { out.append("    " + Phrase.summaryMoreProcesses.text(["n": rows.count - 12])) }
        return out
    }

    func processLines() -> [String] {
        let lives = timeline.processes.filter { $0.role == "main" || $0.role == "child" }
        guard !lives.isEmpty else { return [] }
        var endings: [String: Int] = [:]
        for life in lives {
            let key = life.signal.map { Phrase.summaryEndedBy.text(["signal": Format.signalName($0)]) }
                ?? life.exitCode.map { Phrase.summaryExitCode.text(["code": $0]) } ?? Phrase.summaryEndNotRecorded.text()
            endings[key, default: 0] += 1
        }
        let text = endings.sorted { $0.key < $1.key }.map { Phrase.summaryEndingCount.text(["count": $0.value, "ending": $0.key]) }
            .joined(separator: Language.current == .zh ? "，" : ", ")
        return ["  " + Phrase.summaryProcesses.text(["n": lives.count, "endings": text])]
    }

    func recordLines() -> [String] {
        var line = "  " + Phrase.summaryRecord.text(["n": timeline.events.count])
        line += timeline.lostEvents > 0 ? Phrase.summaryLost.text(["n": timeline.lostEvents]) : Phrase.summaryNoneLost.text()
        let recordingProblem = timeline.trailer?.run.recordingProblem
        if !timeline.problems.isEmpty || timeline.trailer == nil || recordingProblem != nil { line += Phrase.summaryIncomplete.text() }
        var out = [line]
        if let recordingProblem {
            // The recorded words are the transcript's (English); the frame around them is the learner's language.
            let problem = TextSanitizer.neutralize(recordingProblem, keepColors: false)
            out.append(painter.paint("  " + Phrase.recordingProblemLine.text(["problem": problem]), .yellow))
        }
        if let run = timeline.trailer?.run {
            if run.timedOut {
                let limit = run.timeoutSeconds.map { Format.duration($0) } ?? Phrase.summaryWatchdogLimit.text()
                out.append(painter.paint("  " + Phrase.summaryWatchdog.text(["limit": limit]), .yellow))
            }
            if run.interrupted {
                let how = run.interruptName == "Ctrl-C" ? Phrase.summaryInterrupted.text()
                    : Phrase.summaryStoppedBySignal.text(["signal": run.interruptName])
                out.append(painter.paint("  " + how, .yellow))
            }
            if !run.leftoverPids.isEmpty {
                out.append(painter.paint("  " + Phrase.summaryLeftovers.text(["n": run.leftoverPids.count,
                                                                           "pids": run.leftoverPids.map(String.init).joined(separator: ", ")]), .yellow))
            }
        }
        return out
    }
}
