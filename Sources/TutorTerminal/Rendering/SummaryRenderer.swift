import Foundation
import TutorCore
import TutorAnalysis

/// The closing summary of a run: pool figures with a bar per worker, waits on locks, how processes
/// ended, and whether the record is whole.
public struct SummaryRenderer {
    let timeline: Timeline
    let painter: Painter
    /// Never wider than asked: the present view draws the summary in a narrower column and cuts its rows at the
    /// screen's edge, where a cut figure would read as another one ("busy 76" of "busy 76%").
    var width: Int { max(20, painter.capabilities.width) }

    public init(timeline: Timeline, capabilities: TerminalCapabilities) {
        self.timeline = timeline
        self.painter = Painter(capabilities: capabilities)
    }

    public func render() -> String {
        // One pass finds every wait of the run; the lock, queue, process and time lines all read it.
        let ledger = WaitLedger(timeline)
        var out: [String] = [painter.paint(" " + Phrase.summaryHeading.text(), .bold)]
        out += poolLines()
        out += executorLines()
        out += bareFutureLines()
        out += rawSharedLines()
        out += lockLines(ledger)
        out += managerCallLines()
        out += queueLines(ledger)
        out += processLines(ledger)
        out += timeLines(ledger)
        out += pollLines()
        out += timedEventWaitLines()
        out += OSStateStrips(timeline: timeline, painter: painter).render(width: width)
        out += recordLines()
        return TextWrapper.fit(out, width: width).joined(separator: "\n") + "\n"
    }
}

private extension SummaryRenderer {
    func poolLines() -> [String] {
        PoolFigures.all(timeline).flatMap(poolLines)
    }

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

    func lockLines(_ ledger: WaitLedger) -> [String] {
        var busy: [String: Int64] = [:]     // failed acquire(block=False) calls per lock
        for at in timeline.indices(of: .lockBusy) {
            let e = timeline.events[at]
            busy[e.object ?? "?", default: 0] += min(max(e.int(EventField.tries) ?? 1, 1), 1 << 40)
        }
        let ownTakes = ownLockTakes()
        return timeline.locks.compactMap { lock in
            let figures = LockFigures(lock: lock, ledger: ledger)
            guard !lock.holds.isEmpty || figures.unfinished > 0 else { return nil }
            let waits = lock.holds.map(\.waitedNs)
            var line = "  " + Phrase.summaryLock.text(["object": lock.object, "type": lock.type, "n": figures.acquisitions,
                                                       "contended": figures.hadToWait])
            if figures.timedOut > 0 { line += Phrase.summaryLockGaveUp.text(["n": figures.timedOut]) }
            line += overReleased(lock.object, acquisitions: figures.acquisitions)
            if let tries = busy[lock.object] { line += busyTries(lock, tries) }
            line += sharedWith(lock.object)
            line += ownLockText(lock.object, acquisitions: figures.acquisitions, ownTakes)
            // A wait whose process a signal ended did end: with its process. Only the others never ended.
            let cut = figures.unfinishedWaits.compactMap { w in ledger.cut(w, in: timeline).map { (w, $0) } }
            let open = figures.unfinishedWaits.filter { ledger.cut($0, in: timeline) == nil }
            if !open.isEmpty {
                line += Phrase.summaryLockNeverEnded.text(["n": open.count, "list":
                    open.map { Phrase.summaryLockNeverEndedItem.text(["who": $0.who, "t": Format.seconds($0.sinceT)]) }.joined(separator: Phrase.listComma.text())])
            }
            if !cut.isEmpty {
                line += Phrase.summaryLockCut.text(["n": cut.count, "list": cut.map { w, c in
                    Phrase.summaryLockCutItem.text(["who": w.who, "t": Format.seconds(w.sinceT), "signal": Format.signalName(c.signal),
                                                    "at": Format.seconds(c.endT)])
                }.joined(separator: Phrase.listComma.text())])
            }
            if let longest = waits.max(), longest > 0 {
                line += Phrase.summaryLockWaits.text(["total": Format.duration(ns: waits.reduce(0, +)), "longest": Format.duration(ns: longest)])
            }
            return line
        }
    }

    func queueLines(_ ledger: WaitLedger) -> [String] {
        QueueAnalysis(timeline, ledger: ledger).queues.map { q in
            var line = "  " + Phrase.summaryQueue.text(["label": q.label, "puts": Self.count(.countPuts, q.puts),
                                                      "gets": Self.count(.countGets, q.gets), "n": q.maxDepth])
            line += Self.queueWaits(q)
            return line
        }
    }

    /// Where each process's time went, for processes that waited noticeably.
    func timeLines(_ ledger: WaitLedger) -> [String] {
        let all = ProcessTimeAnalysis(timeline, ledger: ledger).processes
        let rows = all.filter { row in row.waits.contains { $0.ns >= 10_000_000 } }
        guard !rows.isEmpty else { return [] }
        var out = ["  " + Phrase.summaryWaitingHeading.text()]
        let nameWidth = min(22, rows.map(\.name.displayWidth).max() ?? 10, max(8, width - 20))
        for row in rows.prefix(12) {
            let parts = row.waits.map { "\(Phrase.waitReason($0.reason)) \(Format.duration(ns: $0.ns))" }
                + [Phrase.summaryWaitingOther.text(["duration": Format.duration(ns: row.otherNs)])]
            out.append("    " + row.name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth) + "  "
                + Phrase.summaryWaitingRow.text(["lifetime": Format.duration(ns: row.lifetimeNs),
                                                 "parts": parts.joined(separator: Language.current == .zh ? "，" : ", ")]))
        }
        if rows.count > 12 { out.append("    " + Phrase.summaryMoreProcesses.text(["n": rows.count - 12])) }
        out += unlistedWaitLines(all, listed: rows.count)
        // Job control stopped the whole run (gaps 27B): the waits above count that time, which was not the program's.
        // (a stop with no continue in the record, gaps 29D, has no length to count)
        let stops = timeline.indices(of: .runStopped).map { timeline.events[$0] }.filter { $0.int(EventField.durationNs) != nil }
        if let first = stops.first {
            let total = stops.reduce(Int64(0)) { $0 + max(0, $1.int(EventField.durationNs) ?? 0) }
            out += TextWrapper.wrap("    " + Phrase.summaryStoppedWaits.text(["signal": RunStopWords.signal(first), "duration": Format.duration(ns: total)]),
                                    width: width, indent: "      ", firstIndent: "")
        }
        return out
    }

    /// Every process that existed, helpers included and named, and how each ended (the parent's view).
    func processLines(_ ledger: WaitLedger) -> [String] {
        let census = ProcessCensus(timeline)
        guard !census.members.isEmpty else { return [] }
        var endings: [String: Int] = [:]
        func ending(_ code: Int64?) -> String {
            code.map { $0 < 0 ? Phrase.summaryEndedBy.text(["signal": Format.signalName(Int32(-$0))])
                : Phrase.summaryExitCode.text(["code": $0]) } ?? Phrase.summaryMemberEndNotRecorded.text()
        }
        for member in census.members where member.exitCode != nil { endings[ending(member.exitCode), default: 0] += 1 }
        // gaps 30B: "1 end not recorded" said neither what ended nor that it was its end the record lacks
        let unrecorded = census.members.filter { $0.exitCode == nil }.count
        let endingText = (endings.sorted { $0.key < $1.key }.map { Phrase.summaryEndingCount.text(["count": $0.value, "ending": $0.key]) }
            + (unrecorded == 0 ? [] : [unrecorded == 1 ? Phrase.summaryEndNotRecordedOne.text() : Phrase.summaryEndsNotRecorded.text(["n": unrecorded])]))
            .joined(separator: Language.current == .zh ? "，" : ", ")
        var text = "  " + Phrase.summaryProcesses.text(["n": census.members.count, "endings": endingText])
        let helpers = census.helpers
        if !helpers.isEmpty {
            text += Phrase.summaryHelpers.text(["n": helpers.count, "list": helpers.map { "\(Phrase.role($0.role)) pid \($0.pid)" }.joined(separator: Phrase.evComma.text())])
        }
        // gaps 33B (after the helpers' clause, whose "of them" counts the processes): a Python under an untraced shell: why its end is not in the record
        for (member, parent) in census.endsUnderUntracedParents.prefix(4) {
            text += Phrase.summaryEndUnderUntraced.text(["name": member.name, "pid": member.pid, "parent": parent.name, "ppid": parent.pid])
        }
        let silent = census.members.filter(\.silent).filter { !$0.isHelper }
        if !silent.isEmpty {
            let list = silent.map { Phrase.summarySilentMember.text(["name": $0.name, "pid": $0.pid, "ending": ending($0.exitCode)]) }
            text += Phrase.summarySilent.text(["n": silent.count, "list": list.joined(separator: Phrase.listSeparator.text())])
        }
        var out = TextWrapper.wrap(text, width: width, indent: "    ", firstIndent: "")
        let unfinished = ledger.unfinished.filter { ledger.cut($0, in: timeline) == nil }
        if !unfinished.isEmpty {
            let list = unfinished.map { w in
                (w.iterated == nil ? Phrase.summaryUnfinishedWait : .summaryUnfinishedWaitIterated).text(
                    ["who": w.who, "call": w.call, "method": w.iterated ?? "", "target": w.target, "t": Format.seconds(w.sinceT)])
            }.joined(separator: Phrase.listSeparator.text())
            out += TextWrapper.wrap("  " + Phrase.summaryUnfinishedWaits.text(["list": list]), width: width, indent: "    ", firstIndent: "")
        }
        let cut = ledger.unfinished.compactMap { w in ledger.cut(w, in: timeline).map { (w, $0) } }
        if !cut.isEmpty {
            let list = cut.map { w, c in
                (w.iterated == nil ? Phrase.summaryCutWait : .summaryCutWaitIterated).text(
                    ["who": w.who, "call": w.call, "method": w.iterated ?? "", "target": w.target, "t": Format.seconds(w.sinceT),
                     "signal": Format.signalName(c.signal), "at": Format.seconds(c.endT)])
            }.joined(separator: Phrase.listSeparator.text())
            out += TextWrapper.wrap("  " + Phrase.summaryCutWaits.text(["list": list]), width: width, indent: "    ", firstIndent: "")
        }
        return out
    }

    func recordLines() -> [String] {
        var line = "  " + Phrase.summaryRecord.text(["n": timeline.events.count])
        // Output the run wrote past print() is on no row: then "none lost" would say more than the record holds.
        let unrecorded = [("stdout", timeline.trailer?.run.unrecordedStdoutChars ?? 0),
                          ("stderr", timeline.trailer?.run.unrecordedStderrChars ?? 0)].filter { $0.1 > 0 }
        // A process a signal ended outside a recorded wait may have lost the event of the call it was in.
        let cuts = SignalCutProcesses(timeline, census: ProcessCensus(timeline))
        let lostBy = LostByProcessWords(timeline).list()
        line += timeline.lostEvents > 0 ? (lostBy.map { Phrase.summaryLostBy.text(["n": timeline.lostEvents, "list": $0]) }
                                               ?? Phrase.summaryLost.text(["n": timeline.lostEvents]))
            : !cuts.cuts.isEmpty ? Phrase.summaryNoneLostInWriting.text()
            : unrecorded.isEmpty ? Phrase.summaryNoneLost.text() : Phrase.summaryNoEventLost.text()
        let recordingProblem = timeline.trailer?.run.recordingProblem
        if !timeline.problems.isEmpty || timeline.trailer == nil || recordingProblem != nil { line += Phrase.summaryIncomplete.text() }
        var out = [line] + signalCutLines(cuts)
        for (stream, n) in unrecorded {
            // A process a signal cut may have written the text in a call whose event it never wrote: then "went past
            // print()" is one of two causes, not the cause.
            let phrase = cuts.cuts.isEmpty ? Phrase.summaryUnrecordedOutput : .summaryUnrecordedOutputOrCut
            out += TextWrapper.wrap("  " + phrase.text(["n": n, "stream": stream]), width: width,
                                    indent: "    ", firstIndent: "").map { painter.paint($0, .yellow) }
        }
        out += unrecordedLinesLines()
        // Where this Python lacks a patch point, say which events cannot be in the record (never guess them).
        let missing = Set(timeline.indices(of: .tracerMissing)
            .compactMap { timeline.events[$0].string(EventField.patch) }).sorted()
        if !missing.isEmpty {
            out.append(painter.paint("  " + Phrase.summaryTracerLacks.text(["list": missing.joined(separator: Phrase.listComma.text())]), .yellow))
        }
        if let line = Self.tracerFramesLine(timeline) { out.append(painter.paint("  " + line, .yellow)) }
        if let recordingProblem {
            // A problem mp-tutor itself recorded is said in the learner's language; other recorded words are shown
            // as they are, framed as the record's own.
            let problem = RecordedProblem(recordingProblem)
            let text = TextSanitizer.neutralize(problem.text, keepColors: false)
            out.append(painter.paint("  " + (problem.isKnown ? text : Phrase.recordingProblemLine.text(["problem": text])), .yellow))
        }
        if let run = timeline.trailer?.run {
            if run.timedOut {
                let limit = run.timeoutSeconds.map { Format.duration($0) } ?? Phrase.summaryWatchdogLimit.text()
                out.append(painter.paint("  " + Phrase.summaryWatchdog.text(["limit": limit]), .yellow))
                for line in Self.machineLoadLines(run, limit: limit) { out.append(painter.paint("  " + line, .yellow)) }
            }
            if run.interrupted {
                let how = run.interruptName == "Ctrl-C" ? Phrase.summaryInterrupted.text()
                    : Phrase.summaryStoppedBySignal.text(["signal": run.interruptName])
                out.append(painter.paint("  " + how, .yellow))
            }
            for line in Self.receivedSignalLines(run) { out.append(painter.paint("  " + line, .yellow)) }
            if !run.leftoverPids.isEmpty {
                out.append(painter.paint("  " + Phrase.summaryLeftovers.text(["n": run.leftoverPids.count,
                                                                           "pids": run.leftoverPids.map(String.init).joined(separator: Phrase.listComma.text())]), .yellow))
            }
        }
        return out
    }
}
