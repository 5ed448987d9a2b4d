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
        out += barrierLines()
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
            // gaps 38A: a JoinableQueue's line counts its task_done() calls beside its puts and gets
            var line = "  " + (taskDoneCount(q.label).map { _ in Phrase.summaryQueueTaskDone } ?? .summaryQueue)
                .text(["label": q.label, "puts": Self.count(.countPuts, q.puts), "gets": Self.count(.countGets, q.gets),
                       "done": taskDoneCount(q.label) ?? 0, "n": q.maxDepth])
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
