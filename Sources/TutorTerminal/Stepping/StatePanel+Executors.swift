import TutorCore
import TutorAnalysis

extension StatePanel {
    /// A concurrent.futures executor's two rows (gaps 29A), from the run state the notes query: "executor" (its workers,
    /// whether shutdown() was called or it broke) and "work items" (how many submitted, not started, running where,
    /// and their outcomes).
    func executorRows(_ executor: RunState.Executor) -> [(label: String, text: String)] {
        // the queue rows' layout, so that the Chinese has its full-width （，）： (zh30)
        var head = executor.maxWorkers.map { Phrase.panelQueueRow.text(["label": executor.label, "type": executor.type, "bound": "max_workers=\($0)"]) }
            ?? Phrase.panelTypedRow.text(["label": executor.label, "type": executor.type])
        if executor.workersStarted == 0, !executor.isThreads, executor.done + executor.failed + executor.running.count > 0 {
            // its items ran, but the spawns of its workers were recorded without the executor (before the third review)
            head += painter.paint(Phrase.panelExecutorWorkersUnrecorded.text(), .dim)
        } else if executor.workersStarted == 0 {
            head += painter.paint(Phrase.panelNoWorker.text(), .dim)
        } else {
            let alive = executor.workersAlive
            head += (executor.isThreads ? Phrase.panelExecutorThreadWorkers : .panelExecutorWorkers)
                .text(["n": executor.workersStarted, "alive": alive.count])
                + (alive.isEmpty ? "" : Phrase.panelParenthesisedList.text(["list": listed(Array(alive.prefix(Self.maxListed)), of: alive.count)]))
        }
        if let initializer = executor.initializer {
            head += dot + Phrase.panelExecutorInitializer.text(["func": initializer])
        }
        if !executor.initFailures.isEmpty {
            let each = executor.initFailures.map { "\($0.worker) (\($0.error.truncated(toWidth: 60)))" }
            // the last three named; how many more before them said (gaps 32A)
            let more = executor.initFailureCount > each.count
                ? Phrase.panelExecutorInitRaisedMore.text(["n": executor.initFailureCount - each.count]) : ""
            head += dot + painter.paint(Phrase.panelExecutorInitRaised.text(["list": each.joined(separator: Phrase.listComma.text())]) + more, .red)
        }
        if let broken = executor.broken { head += dot + painter.paint(Phrase.panelExecutorBroken.text(["error": broken]), .red) }
        if let shutdown = executor.shutdown {
            head += dot + painter.paint((shutdown == .waiting ? Phrase.panelExecutorShuttingDown : .panelExecutorShutDown).text(), .dim)
        }
        var work = Phrase.panelWorkSubmitted.text(["n": executor.submitted])
        if executor.queuedByFailedSubmit > 0 { work += Phrase.panelWorkQueuedBySubmitError.text(["n": executor.queuedByFailedSubmit]) }
        work += dot
        work += executor.notStarted.isEmpty ? painter.paint(Phrase.panelWorkNoneNotStarted.text(), .dim)
            : notStartedText(executor.notStarted)
        if !executor.running.isEmpty {
            let each = executor.running.prefix(Self.maxListed).map { Phrase.panelWorkRunsIn.text(["work": $0.work, "worker": $0.worker]) }
            let more = executor.running.count > each.count ? Phrase.listComma.text()
                + Phrase.panelListedMore.text(["dots": painter.symbol("…", ascii: "..."), "n": executor.running.count - each.count]) : ""
            work += dot + painter.paint(Phrase.panelWorkRunning.text(["list": each.joined(separator: Phrase.listComma.text()) + more]), .green)
        }
        if !executor.endedNotBack.isEmpty {
            work += dot + Phrase.panelWorkEndedNotBack.text(["list": listed(executor.endedNotBack.prefix(Self.maxListed).map(String.init),
                                                                            of: executor.endedNotBack.count)])
        }
        work += dot + Phrase.panelWorkOutcomes.text(["done": executor.done, "failed": executor.failed, "cancelled": executor.cancelled])
        if !executor.unsent.isEmpty {
            let each = executor.unsent.map { u in
                u.argument.map { Phrase.panelWorkUnsentArgument.text(["work": u.work, "error": u.error, "argument": $0]) }
                    ?? Phrase.panelWorkUnsentItem.text(["work": u.work, "error": u.error])
            }
            work += dot + painter.paint(Phrase.panelWorkUnsent.text(["list": each.joined(separator: Phrase.listComma.text())]), .red)
        }
        if executor.refusedSubmits > 0 {
            work += dot + painter.paint(Phrase.panelWorkRefused.text(["n": executor.refusedSubmits, "error": executor.lastRefusal ?? "?"]), .red)
        }
        if executor.failedByBreak > 0 { work += dot + painter.paint(Phrase.panelWorkFailedByBreak.text(["n": executor.failedByBreak]), .red) }
        return [(Phrase.panelExecutor.text(), head), (Phrase.panelWorkItems.text(), work)]
    }
}
