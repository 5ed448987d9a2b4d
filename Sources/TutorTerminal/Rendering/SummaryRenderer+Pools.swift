import Foundation
import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    func poolLines() -> [String] {
        PoolFigures.all(timeline).flatMap(poolLines)
    }

    func executorLines() -> [String] {
        ExecutorFigures.all(timeline).flatMap { x -> [String] in
            var line = "  " + Phrase.summaryExecutor.text(["executor": x.executor, "n": x.submitted,
                                                           "max": x.maxWorkers.map { Phrase.summaryExecutorMax.text(["n": $0]) } ?? ""])
            if let items = x.chunkItems { line += Phrase.summaryExecutorChunkItems.text(["n": items]) }
            if !x.queuedByFailedSubmit.isEmpty {
                line += Phrase.summaryExecutorQueuedFailed.text(["list": x.queuedByFailedSubmit.map(String.init).joined(separator: Phrase.listComma.text())])
            }
            let ran = x.perWorker.reduce(0) { $0 + $1.items }
            // one worker's count as a phrase: Chinese needs a verb and a measure word after the name (zh23)
            let list = x.perWorker.map { Phrase.summaryExecutorRanBy.text(["worker": $0.worker, "n": $0.items]) }
            if ran > 0 { line += Phrase.summaryExecutorRan.text(["n": ran, "list": list.joined(separator: Phrase.evComma.text())]) }
            if !x.cut.isEmpty {
                line += Phrase.summaryExecutorCut.text(["n": x.cut.count, "list": x.cut.map { Phrase.summaryExecutorCutItem.text(["n": $0]) }
                    .joined(separator: Phrase.listComma.text())])
            }
            if x.resultsBack > 0 { line += Phrase.summaryExecutorBack.text(["n": x.resultsBack]) }
            if x.resultsUnsent > 0, x.resultsBack > 0 { line += Phrase.summaryExecutorBackUnsent.text(["n": min(x.resultsUnsent, x.resultsBack)]) }
            if x.raised > 0 { line += Phrase.summaryExecutorRaised.text(["n": x.raised]) }
            if !x.endedNotBack.isEmpty {
                // What a worker finished that the parent never got is neither a result back nor an exception raised (gaps 28A).
                let each = x.endedNotBack.map { item in
                    item.error.map { Phrase.summaryExecutorNotBackRaised.text(["n": item.work, "error": $0]) }
                        ?? Phrase.summaryExecutorNotBackReturned.text(["n": item.work])
                }
                line += Phrase.summaryExecutorNotBack.text(["n": x.endedNotBack.count, "list": each.joined(separator: Phrase.listSeparator.text())])
            }
            if x.cancelled > 0 { line += Phrase.summaryExecutorCancelled.text(["n": x.cancelled]) }
            if x.neverSent > 0 { line += Phrase.summaryExecutorNeverSent.text(["n": x.neverSent]) }
            // Why it broke is the note's to say, with its premise (a worker that died inside an item).
            if let pending = x.brokenPending {
                line += (x.isThreads ? Phrase.summaryThreadPoolBroken : .summaryExecutorBroken).text(["n": pending])
            }
            return TextWrapper.wrap(line, width: width, indent: "    ", firstIndent: "") + unreadFutureErrorLines(x)
        }
    }
}

private extension SummaryRenderer {
    /// How long the pool existed, beside the run's own length (several pools of a run each have their own).
    func span(_ pool: PoolFigures, wall: String) -> String {
        guard let opened = pool.openedT else { return Phrase.summaryPoolSpanUnknown.text(["wall": wall]) }
        guard let closed = pool.closedT, closed >= opened else {
            return Phrase.summaryPoolSpanOpen.text(["at": Format.seconds(opened), "wall": wall])
        }
        return Phrase.summaryPoolSpan.text(["open": Format.seconds(closed - opened), "wall": wall])
    }

    /// One pool: its submissions, chunks (what a worker takes at once) and items where known, then a bar per worker.
    func poolLines(_ pool: PoolFigures) -> [String] {
        guard !pool.submissions.isEmpty || pool.chunksStarted > 0 else { return [] }
        let wall = Format.seconds(timeline.durationNs)
        let busyTotal = pool.workers.reduce(Int64(0)) { $0 + $1.busyNs }
        let subs = (pool.submissions.map { Phrase.summaryPoolCalls.text(["n": $0.count, "method": $0.method]) }
            + pool.raisedCalls.map {    // a join() sends no task in any case: "no task sent" only of a submitting call
                ($0.method == "join" ? Phrase.summaryPoolJoinRaised : Phrase.summaryPoolCallsRaised).text(["n": $0.count, "method": $0.method]) })
            .joined(separator: Phrase.summaryPoolCallsSeparator.text())
        var head = "  \(pool.pool)"
        if let n = pool.processes {
            let all = Int64(pool.workersStarted) != n && pool.workerStartsKnown ? Phrase.summaryPoolStartedInAll.text(["n": pool.workersStarted]) : ""
            let workers = StateQueries.threadPools(in: timeline).contains(pool.pool) ? Phrase.summaryPoolThreadWorkers : .summaryPoolWorkers
            head += Phrase.evParenthesized.text(["text": workers.text(["n": n]) + all])
        }
        head = Phrase.observedValue.text(["what": head, "value": subs.isEmpty ? Phrase.summaryPoolNoSubmission.text() : subs])
        // A submission of one call (apply_async) is one task; map-like submissions are cut into chunks.
        let calls = pool.submissions.reduce(0) { $0 + $1.count }
        let tasksOnly = pool.chunksSubmitted == calls && pool.submissions.allSatisfy({ $0.method.hasPrefix("apply") })
        let units = (tasksOnly ? Phrase.summaryUnitTasks : Phrase.summaryUnitChunks).text()
        let unit = { (n: Int) in (n == 1 ? (tasksOnly ? Phrase.summaryUnitTask : Phrase.summaryUnitChunk) : (tasksOnly ? Phrase.summaryUnitTasks : Phrase.summaryUnitChunks)).text() }
        head += " · " + (pool.chunksSubmitted.map { Phrase.summaryPoolRanOf.text(["n": pool.chunksStarted, "m": $0, "unit": units]) }
            ?? Phrase.summaryPoolRan.text(["n": pool.chunksStarted, "unit": units]))
        head += pool.itemsStarted.map { Phrase.summaryPoolItems.text(["n": $0]) } ?? ""
        let tasks = timeline.tasks(ofPool: pool.pool)
        // Asked of each task's end only when some event may carry `not_entered` (a search of its fields by the key's text
        // per task: 9M instructions of a 100k pool_map's summary where no event has it; perf 37R).
        let notEntered = !EventName.mayBeKey(EventField.notEntered) ? 0
            : tasks.reduce(0) { $0 + ($1.neverEntered(in: timeline.events) ? 1 : 0) }
        if notEntered > 0 { head += Phrase.summaryPoolNotEntered.text(["n": notEntered]) }
        if pool.chunksFinished < pool.chunksStarted { head += Phrase.summaryPoolFinished.text(["n": pool.chunksFinished]) }
        if !pool.chunksLost.isEmpty {
            head += Phrase.summaryPoolLost.text(["n": pool.chunksLost.count, "list": pool.chunksLost.map(\.name).joined(separator: Phrase.listComma.text())])
        }
        if !pool.resultsLost.isEmpty {
            head += Phrase.summaryPoolResultLost.text(["n": pool.resultsLost.count, "list": pool.resultsLost.map(\.name).joined(separator: Phrase.listComma.text())])
        }
        if !pool.resultsNeverBack.isEmpty {
            head += Phrase.summaryPoolResultsNeverBack.text(["n": pool.resultsNeverBack.count, "s": pool.resultsNeverBack.count == 1 ? "" : "s",
                                                              "list": pool.resultsNeverBack.map(\.name).joined(separator: Phrase.listComma.text())])
        }
        // taken off the task queue by a worker that could not unpickle it: never started, never finished (round 9B)
        let unpicklable = timeline.indices(of: .poolTaskGetError).filter { timeline.poolOfWorker[timeline.events[$0].pid] == pool.pool }.count
        if unpicklable > 0 {
            head += Phrase.summaryPoolUnpicklable.text(["n": unpicklable])
        }
        if pool.initializerFailures > 0 { head += Phrase.summaryPoolInitFailed.text(["n": pool.initializerFailures]) }
        head += Phrase.summaryPoolTail.text(["max": pool.maxConcurrent, "span": span(pool, wall: wall), "unit": units,
                                             "busy": Format.seconds(busyTotal)])
        var out = TextWrapper.wrap(head, width: width, indent: "    ", firstIndent: "")
        // A name is shortened with an ellipsis before the row could break inside it (a break splits the digits of
        // "ForkPoolWorker-12"); the figures after the bar wrap at spaces.
        let nameWidth = min(22, pool.workers.map(\.name.displayWidth).max() ?? 10, max(8, width - 20))
        let barWidth = max(6, min(50, width - nameWidth - 30))
        for worker in pool.workers {
            let bar = workerBar(worker, width: barWidth)
            out.append("    " + worker.name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth) + "  " + bar
                + "  " + busyWords(worker, of: pool, n: worker.tasks.count, unit: unit(worker.tasks.count)))
        }
        out += idleWorkerLines(pool, unit: unit(1))
        if let longest = pool.longestQueued, let queued = longest.queuedNs, queued > 0 {
            out.append("    " + Phrase.summaryPoolLongest.text(["wait": Format.duration(ns: queued), "task": longest.name]))
            out += TextWrapper.wrap(Phrase.summaryPoolEach.text(["list": queueingDelays(tasks, unit: units)]), width: width, indent: "      ",
                                    firstIndent: "    ")
        }
        let failed = tasks.reduce(0) { $0 + ($1.succeeded == false ? 1 : 0) }
        if failed > 0 { out.append("    " + Phrase.summaryPoolRaised.text(["n": failed, "unit": unit(failed)])) }
        // A task that returned but whose result came back as an exception failed too (r7b_pool_maybe_encoding).
        let unsent = tasks.reduce(0) { $0 + ($1.succeeded == true && $1.resultFailed ? 1 : 0) }
        if unsent > 0 { out.append("    " + Phrase.summaryPoolResultUnsent.text(["n": unsent, "unit": unit(unsent)])) }
        out += unreadLines(pool.pool)
        return out
    }


    /// Every task's wait in the task queue when there are few, else the spread.
    func queueingDelays(_ tasks: [PoolTask], unit: String) -> String {
        // Named only when they are listed: a long run's third of a million names were made to be dropped.
        guard tasks.reduce(0, { $0 + ($1.queuedNs != nil ? 1 : 0) }) <= 12 else {
            let sorted = tasks.compactMap(\.queuedNs).sorted()
            return Phrase.summaryQueueSpread.text(["n": sorted.count, "min": Format.duration(ns: sorted.first!),
                                                   "median": Format.duration(ns: sorted[sorted.count / 2]), "max": Format.duration(ns: sorted.last!)])
        }
        let waits = tasks.compactMap { task in task.queuedNs.map { (task.name, $0) } }
        // No-break spaces keep "task 3 478 ms" together when the line wraps.
        return waits.map { "\($0.0) \(Format.duration(ns: $0.1))".replacingOccurrences(of: " ", with: "\u{00A0}") }
            .joined(separator: Language.current == .zh ? "，" : ", ")
    }

    /// One cell per slice of the run: a block while the worker is inside a task, alternating shades so
    /// that back-to-back tasks stay distinguishable.
    func workerBar(_ worker: PoolAnalysis.Worker, width: Int) -> String {
        let total = max(timeline.durationNs, 1)
        var cells = Array(repeating: painter.cell("·", ascii: "."), count: width)
        // Each shade chosen once, not once per task (a choice measures the glyph's width).
        let shades = [painter.cell("█", ascii: "#"), painter.cell("▓", ascii: "=")]
        for (n, task) in worker.tasks.enumerated() {
            guard let start = task.startT else { continue }
            // A chunk that never ended was cut short by its worker's end (a worker that died inside it).
            let end = task.endT ?? timeline.process(pid: worker.pid)?.endT ?? total
            let a = Int(Double(start) / Double(total) * Double(width))
            let b = max(a + 1, Int((Double(end) / Double(total) * Double(width)).rounded()))
            let shade = shades[n % 2]
            for i in max(0, a)..<max(0, a, min(b, width)) { cells[i] = shade }
        }
        return painter.paint(cells.joined(), .green)
    }
}
