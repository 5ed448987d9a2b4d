import TutorCore
import TutorAnalysis

/// The state panel: every pool, queue, lock and process as it stood just after one event, in short
/// labelled lines ("pool", "queue", ...), each wrapped to the screen width.
public struct StatePanel {
    let state: RunState
    let painter: Painter
    let width: Int
    /// Leave out multiprocessing's helper processes (forkserver, resource tracker).
    let hidesInfrastructure: Bool
    /// Events each process lost, by pid (`StatePanel.lostEvents(in:)`): said on the process's row at every step,
    /// since the record does not say when they were lost (gaps 30B).
    public var lostEvents: [Int32: Int] = [:]

    /// Columns of the row labels ("pool", "processes").
    public static let labelWidth = 10

    public init(state: RunState, painter: Painter, width: Int, hidesInfrastructure: Bool) {
        self.state = state
        self.painter = painter
        self.width = width
        self.hidesInfrastructure = hidesInfrastructure
    }

    func lines() -> [String] {
        let indent = String(repeating: " ", count: Self.labelWidth + 2)
        return rows().flatMap { row in
            let label = painter.paint(row.label.padded(toWidth: Self.labelWidth), .bold)
            let wrapped = TextWrapper.wrap(row.text, width: width - 1, indent: indent, firstIndent: indent)
            // The label is added after wrapping: it is painted, and wrapping measures the indent only.
            return wrapped.enumerated().map { $0.offset == 0 ? " " + label + $0.element.dropFirst(Self.labelWidth + 1) : $0.element }
        }
    }

    /// The panel's rows before wrapping: a label ("pool", "queue", "processes", or empty for a row that
    /// continues the one above) and its text. The HTML export shows these and lets the page wrap them.
    public func rows() -> [(label: String, text: String)] {
        var rows: [(label: String, text: String)] = []
        for pool in state.pools { rows += poolRows(pool) }
        for executor in state.executors { rows += executorRows(executor) }
        rows += ownFutureRows()
        for queue in state.queues { rows.append((Phrase.panelQueue.text(), queueText(queue))) }
        for lock in state.locks {
            rows.append(((lock.type.lowercased().contains("semaphore") ? Phrase.panelSemaphore : .panelLock).text(), lockText(lock)))
        }
        for local in state.locals { rows.append((Phrase.panelLocal.text(), localText(local))) }
        for object in state.shared { rows.append((Phrase.panelShared.text(), sharedText(object))) }
        rows += watchedRows()     // Conditions, Manager lists and dicts (gaps 38B)
        let processes = state.processes.filter { !(hidesInfrastructure && ["forkserver", "resource_tracker"].contains($0.role)) }
        let nameWidth = (processes.map { $0.name.displayWidth + String($0.pid).count + 1 }
                         + state.starting.map { $0.name.displayWidth + String($0.pid).count + 1 }).max() ?? 0
        for (offset, process) in processes.enumerated() {
            rows.append((offset == 0 ? Phrase.panelProcesses.text() : "", processText(process, nameWidth: nameWidth)))
        }
        // children start()ed that have written nothing yet: listed, so a join() on them is not beside the parent alone
        for (offset, child) in state.starting.enumerated() {
            let words = child.bootT.map { Phrase.panelChildBooted.text(["t": Format.seconds(child.since), "up": Format.seconds($0),
                                                                        "main": child.main ?? "?"]) }
                ?? Phrase.panelChildStarting.text(["t": Format.seconds(child.since)])
            let text = "\(child.name) \(child.pid)".padded(toWidth: nameWidth) + "  " + painter.paint(words, .dim)
            rows.append((offset == 0 && processes.isEmpty ? Phrase.panelProcesses.text() : "", text))
        }
        if rows.isEmpty { rows.append(("", painter.paint(Phrase.panelNothingYet.text(), .dim))) }
        return rows
    }
}

extension StatePanel {
    /// A no-break space before the dot keeps it at the end of a line when the line wraps (ASCII output
    /// stays ASCII, so there a plain space).
    var dot: String { painter.symbol("\u{00A0}· ", ascii: " | ") }

    /// Items of a list shown at most: more than any terminal has room for, so a list of a million
    /// waiting tasks costs a screen what it shows, not what it holds.
    static let maxListed = 2000

    /// `shown` joined as the summary joins its lists (", ", zh "、"; gaps 31C: spaces read as one item in Chinese), with
    /// "… N more" when the list has more than `shown`.
    func listed(_ shown: [String], of count: Int) -> String {
        let comma = Phrase.listComma.text()
        return shown.joined(separator: comma)
            + (count > shown.count ? (shown.isEmpty ? "" : comma)
                + Phrase.panelListedMore.text(["dots": painter.symbol("…", ascii: "..."), "n": count - shown.count]) : "")
    }
}

private extension StatePanel {
    func poolRows(_ pool: RunState.Pool) -> [(label: String, text: String)] {
        let workers = pool.workers.map { worker in
            // A worker in the pool's initializer, or whose initializer raised (its exit not seen yet), is not idle.
            if worker.task == nil, pool.initializing.contains(worker.name) {
                return "\(worker.name) " + painter.paint(Phrase.panelInitializing.text(), .yellow)
            }
            if worker.task == nil, pool.initFailed.contains(worker.name) {
                return "\(worker.name) " + painter.paint(Phrase.panelInitRaised.text(), .red)
            }
            return worker.task.map { "\(worker.name) " + painter.paint(Phrase.panelRuns.text(["task": $0]), .green) }
                ?? "\(worker.name) " + painter.paint(Phrase.panelIdle.text(), .dim)
        }
        let waiting = pool.waiting.isEmpty ? painter.paint(Phrase.panelNoneWaiting.text(), .dim)
            : waitingText(pool.waiting)
        var results = Phrase.panelArrived.text(["n": pool.resultsArrived]) + dot + Phrase.panelCallbacksRun.text(["n": pool.callbacksRun])
        if let running = pool.callbackRunning { results += dot + painter.paint(Phrase.panelCallbackRunning.text(["task": running]), .yellow) }
        let who = !workers.isEmpty ? workers.joined(separator: dot)
            : pool.threadWorkersStarted > 0 ? threadWorkersText(pool)
            : noLiveWorkerText(pool)
        let lost = lostTasksText(pool)
        return [(Phrase.panelPool.text(), Phrase.panelLabelled.text(["label": pool.label, "text": who + lost])), (Phrase.panelTasks.text(), waiting), (Phrase.panelResults.text(), results)]
    }

    /// A ThreadPool's worker threads as a process pool's workers are shown: each alive with its task or idle, then how
    /// many ended (gaps 26A).
    func threadWorkersText(_ pool: RunState.Pool) -> String {
        var parts = pool.threadWorkers.map { thread in
            pool.threadWorkersInitializing.contains(thread.name)
                ? "\(thread.name) " + painter.paint(Phrase.activityInitializer.text(["func": pool.initFunction ?? "?"]), .green)
                : thread.task.map { "\(thread.name) " + painter.paint(Phrase.panelRuns.text(["task": $0]), .green) }
                ?? "\(thread.name) " + painter.paint(Phrase.panelIdle.text(), .dim)
        }
        if pool.threadWorkersEnded > 0 { parts.append(painter.paint(Phrase.panelThreadsEnded.text(["n": pool.threadWorkersEnded]), .dim)) }
        return Phrase.panelLabelled.text(["label": Phrase.panelThreadWorkersListed.text(["n": pool.threadWorkersStarted]), "text": parts.joined(separator: dot)])
    }

    func queueText(_ queue: RunState.Queue) -> String {
        // gaps 36B: items whose putter ended without joining its feeder are not counted as surely in the queue
        let (items, unsure) = heldAndUnsure(queue)
        let bound = queueBound(held: items.count, maxsize: queue.maxsize)
        var text = Phrase.panelQueueRow.text(["label": queue.label, "type": queue.type, "bound": bound])
        text += items.isEmpty ? (unsure.isEmpty ? painter.paint(Phrase.panelEmpty.text(), .dim) : "")
            : listed(items.prefix(Self.maxListed).map { $0.repr.truncated(toWidth: 24) }, of: items.count)
        text += unsureItemsText(unsure, in: queue, first: items.isEmpty)
        text += lostItemsText(queue)
        if let n = queue.unfinished { text += dot + Phrase.panelJoinableUnfinished.text(["n": n]) }
        if !queue.blockedPutters.isEmpty { text += dot + painter.paint(Phrase.panelPutBlocked.text(["list": queue.blockedPutters.joined(separator: Phrase.listComma.text())]), .red) }
        if !queue.blockedGetters.isEmpty { text += dot + painter.paint(Phrase.panelGetWaiting.text(["list": queue.blockedGetters.joined(separator: Phrase.listComma.text())]), .yellow) }
        return text
    }

    func lockText(_ lock: RunState.Lock) -> String {
        var text = Phrase.panelTypedRow.text(["label": lock.label, "type": lock.type])
        func since(_ who: String, _ t: Int64) -> String { Phrase.panelSince.text(["who": who, "t": Format.seconds(t)]) }
        // round 27S: a holder whose unit another's release() gave back holds none: said beside its name
        let paid = lock.paidBack
        func held(_ who: String, _ t: Int64) -> String {
            guard let paid, paid.who == who else { return since(who, t) }
            return since(who, t) + painter.paint(Phrase.panelUnitGivenBack.text(["releaser": paid.releaser, "released": Format.seconds(paid.releasedT)]), .yellow)
        }
        text += lock.holders.isEmpty ? painter.paint(Phrase.panelFree.text(), .green)
            : keptBy(lock) ?? Phrase.panelHeldBy.text(["list": lock.holders.map { held($0.who, $0.since) }.joined(separator: Phrase.listComma.text())])
        if lock.unitsReleasedByOthers > 0 {
            text += dot + painter.paint(Phrase.panelUnitsReleasedByOthers.text(["n": lock.unitsReleasedByOthers]), .yellow)
        }
        if !lock.sharedWith.isEmpty {
            text += dot + Phrase.panelLockShared.text(["list": lock.sharedWith.joined(separator: Phrase.listComma.text())])
        }
        if !lock.waiters.isEmpty {
            text += dot + painter.paint(Phrase.panelLockWaiting.text(["list": lock.waiters.map { since($0.who, $0.since) }.joined(separator: Phrase.listComma.text())]), .red)
        }
        return text
    }

    func localText(_ local: RunState.Local) -> String {
        let values = local.values.map { "\($0.who): \($0.attr) = \($0.value.truncated(toWidth: 24))" }
        return Phrase.panelLabelled.text(["label": local.label, "text": values.isEmpty ? painter.paint(Phrase.panelNothingSet.text(), .dim) : values.joined(separator: dot)])
    }

    /// `Value#1 (c_int): value = 49 (wrote: Process-2)`: the last value the events showed of each part.
    func sharedText(_ object: RunState.Shared) -> String {
        var text = Phrase.panelTypedRow.text(["label": object.label, "type": object.ctype])
        if object.members.isEmpty {
            text += Phrase.panelInitially.text(["value": object.initial.truncated(toWidth: 24)])
        } else {
            text += object.members.map { m in
                return "\(m.attr) = \(m.value.truncated(toWidth: 24)) " + painter.paint(Phrase.panelSharedBy.text(["how": m.how, "by": m.by]), .dim)
            }.joined(separator: dot)
        }
        text += lockText(object)
        if !object.traced { text += dot + painter.paint(Phrase.panelRaw.text(), .dim) }
        if !object.closedBy.isEmpty {
            text += dot + Phrase.panelShmClosed.text(["list": object.closedBy.joined(separator: Phrase.listComma.text())])
        }
        if let by = object.unlinkedBy, let t = object.unlinkedAt {
            text += dot + painter.paint(Phrase.panelShmUnlinked.text(["by": by, "at": Format.seconds(t)]), .yellow)
        }
        return text
    }

    /// The process's activity, as the run state says.
    func activity(of process: RunState.Process) -> String { process.activity }

    func processText(_ process: RunState.Process, nameWidth: Int) -> String {
        let name = Format.namePid(process.name, process.pid).padded(toWidth: nameWidth)
        guard let code = process.exitCode else { return name + "  " + activity(of: process) + initializerRaisedText(process) + lostText(process.pid) }
        // a daemon multiprocessing's exit function cut off: said as such, with the item it had taken (gaps 35A)
        if let cut = state.cutAtExitWords(pid: process.pid) { return name + "  " + painter.paint(cut, .red) + lostText(process.pid) }
        let end = code < 0 ? Phrase.evEndedBy.text(["signal": Format.signalName(Int32(-code))]) : Phrase.evExited.text(["code": code])
        return name + "  " + painter.paint(end, code == 0 ? .dim : .red) + lostText(process.pid)
    }
}
