import Foundation
import TutorCore
import TutorAnalysis

/// The closing summary of a run: pool figures with a bar per worker, waits on locks, how processes
/// ended, and whether the record is whole.
struct SummaryRenderer {
    let timeline: Timeline
    let painter: Painter
    var width: Int { max(40, painter.capabilities.width) }

    init(timeline: Timeline, capabilities: TerminalCapabilities) {
        self.timeline = timeline
        self.painter = Painter(capabilities: capabilities)
    }

    func render() -> String {
        var out: [String] = [painter.paint(" summary", .bold)]
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
        var head = "  pool: \(pool.workers.count) workers ran \(pool.started) of \(pool.submitted) tasks"
        head += " · at most \(pool.maxConcurrent) at once"
        head += pool.maxConcurrentAt.map { " (first at \(Format.seconds($0)))" } ?? ""
        head += " · wall \(wall), time inside tasks \(Format.seconds(busyTotal))"
        var out = TextWrapper.wrap(head, width: width, indent: "    ", firstIndent: "")
        let nameWidth = min(22, pool.workers.map(\.name.displayWidth).max() ?? 10)
        let barWidth = max(10, min(50, width - nameWidth - 30))
        for worker in pool.workers {
            let bar = workerBar(worker, width: barWidth)
            let busy = timeline.durationNs > 0 ? Int((Double(worker.busyNs) / Double(timeline.durationNs) * 100).rounded()) : 0
            out.append("    " + worker.name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth) + "  " + bar
                + "  \(worker.tasks.count) task\(worker.tasks.count == 1 ? "" : "s") · busy \(busy)%")
        }
        if let longest = pool.longestQueued, let queued = longest.queuedNs, queued > 0 {
            out.append("    task queue: longest wait \(Format.duration(ns: queued)) (\(longest.name))")
            out += TextWrapper.wrap("time each task waited for a worker: " + queueingDelays(), width: width, indent: "      ",
                                    firstIndent: "    ")
        }
        let failed = timeline.tasks.filter { $0.succeeded == false }.count
        if failed > 0 { out.append("    \(failed) task(s) raised an exception") }
        return out
    }

    /// Every task's wait in the task queue when there are few, else the spread.
    func queueingDelays() -> String {
        let waits = timeline.tasks.compactMap { task in task.queuedNs.map { (task.name, $0) } }
        if waits.count <= 12 {
            // No-break spaces keep "task 3 478 ms" together when the line wraps.
            return waits.map { "\($0.0) \(Format.duration(ns: $0.1))".replacingOccurrences(of: " ", with: "\u{00A0}") }
                .joined(separator: ", ")
        }
        let sorted = waits.map(\.1).sorted()
        return "\(waits.count) tasks, shortest \(Format.duration(ns: sorted.first!)), median \(Format.duration(ns: sorted[sorted.count / 2])), "
            + "longest \(Format.duration(ns: sorted.last!))"
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
            for i in max(0, a)..<max(0, a, min(b, width)) { cells[i] = shade }
        }
        return painter.paint(cells.joined(), .green)
    }

    func lockLines() -> [String] {
        timeline.locks.compactMap { lock in
            guard !lock.holds.isEmpty else { return nil }
            let contended = lock.contended
            let waits = lock.holds.map(\.waitedNs)
            var line = "  \(lock.object) (\(lock.type)): \(lock.holds.count) acquisitions, \(contended.count) had to wait"
            if let longest = waits.max(), longest > 0 {
                line += " · total wait \(Format.duration(ns: waits.reduce(0, +))), longest \(Format.duration(ns: longest))"
            }
            return line
        }
    }

    func queueLines() -> [String] {
        QueueAnalysis(timeline).queues.map { q in
            var line = "  \(q.label): \(q.puts) puts, \(q.gets) gets, at most \(q.maxDepth) item\(q.maxDepth == 1 ? "" : "s") waiting"
            if q.blockedPuts + q.blockedGets > 0 { line += " · \(q.blockedPuts) puts and \(q.blockedGets) gets had to wait" }
            return line
        }
    }

    /// Where each process's time went, for processes that waited noticeably.
    func timeLines() -> [String] {
        let rows = ProcessTimeAnalysis(timeline).processes.filter { row in row.waits.contains { $0.ns >= 10_000_000 } }
        guard !rows.isEmpty else { return [] }
        var out = ["  time spent waiting (main thread of each process):"]
        let nameWidth = min(22, rows.map(\.name.displayWidth).max() ?? 10)
        for row in rows.prefix(12) {
            let parts = row.waits.map { "\($0.reason) \(Format.duration(ns: $0.ns))" } + ["other \(Format.duration(ns: row.otherNs))"]
            out.append("    " + row.name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth) + "  of \(Format.duration(ns: row.lifetimeNs)): "
                + parts.joined(separator: ", "))
        }
        if rows.count > 12 { out.append("    … and \(rows.count - 12) more processes") }
        return out
    }

    func processLines() -> [String] {
        let lives = timeline.processes.filter { $0.role == "main" || $0.role == "child" }
        guard !lives.isEmpty else { return [] }
        var endings: [String: Int] = [:]
        for life in lives {
            let key = life.signal.map { "ended by \(Format.signalName($0))" }
                ?? life.exitCode.map { "exit code \($0)" } ?? "end not recorded"
            endings[key, default: 0] += 1
        }
        let text = endings.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return ["  processes: \(lives.count) (\(text))"]
    }

    func recordLines() -> [String] {
        var line = "  record: \(timeline.events.count) events"
        line += timeline.lostEvents > 0 ? ", \(timeline.lostEvents) LOST" : ", none lost"
        if !timeline.problems.isEmpty || timeline.trailer == nil { line += ", INCOMPLETE" }
        var out = [line]
        if let run = timeline.trailer?.run {
            if run.timedOut { out.append(painter.paint("  the watchdog stopped this run after \(run.timeoutSeconds.map { Format.duration($0) } ?? "its limit")", .yellow)) }
            if run.interrupted { out.append(painter.paint("  this run was interrupted with Ctrl-C", .yellow)) }
            if !run.leftoverPids.isEmpty {
                out.append(painter.paint("  mp-tutor stopped \(run.leftoverPids.count) process(es) still alive after the main one ended: pid "
                    + run.leftoverPids.map(String.init).joined(separator: ", "), .yellow))
            }
        }
        return out
    }
}
