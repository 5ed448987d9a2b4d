import TutorCore

/// Explanations that hold for any run, drawn only from recorded events.
///
/// A note that states a cause is worded from a query on the state model and carries that query as its
/// premise; when the premise does not hold, the rule says plainly what happened instead, or nothing.
struct GenericRules {
    let timeline: Timeline
    let lookup: EventFieldLookup
    /// The state model the notes' causes are asked of.
    let replayer: StateReplayer
    /// The words of an event's timeline row (the terminal's describer), for a note that quotes what a process last
    /// did; nil where no describer is at hand (the note then names only the time).
    var rowWords: ((Int) -> String)? = nil

    /// At most this many notes of one rule, so a busy run does not drown in notes.
    static let perRule = 3

    /// Every note of these rules, in the passes' order (`passes`).
    func notes() -> [Note] {
        Self.passes.flatMap { $0.make(self) }
    }

    /// One pass of the rules: a function of the timeline, the state model and the lookup alone, so passes may be made
    /// on different threads (`NotePasses`) and listed in this order all the same.
    struct Pass: Sendable {
        let make: @Sendable (GenericRules) -> [Note]
        /// It quotes a row (`rowWords`, the caller's describer): made by the thread whose rules have it.
        var quotesRows = false
    }

    /// The passes, in the order their notes are listed (a new rule goes before `watchdog`).
    static let passes: [Pass] = [
        Pass(make: { $0.submitBursts() }),
        Pass(make: { $0.firstQueuedTask() }),
        Pass(make: { $0.firstCallback() }),
        Pass(make: { $0.lockWaits() }),
        Pass(make: { $0.lockTimeouts() }),
        Pass(make: { $0.locksHeldAtFork() }),
        Pass(make: { $0.lostUpdates() }),
        Pass(make: { $0.proxyLostUpdates() }),
        Pass(make: { $0.proxyCopies() }),
        Pass(make: { $0.viewLostUpdates() }),
        Pass(make: { $0.viewWriteLocks() }),
        Pass(make: { $0.brokenExecutors() }),
        Pass(make: { $0.waitsOnTerminatedPools() }),
        Pass(make: { $0.waitsAfterResultHandlerDied() }),
        Pass(make: { $0.resultHandlerEnds() }),
        Pass(make: { $0.timeoutsAfterResultHandlerEnded() }),
        Pass(make: { $0.terminateAssertions() }),
        Pass(make: { $0.lostTaskTimeouts() }),
        Pass(make: { $0.timedOutTasksGoingOn() }),
        Pass(make: { $0.timedOutJobsGoingOn() }),
        Pass(make: { $0.timeoutsOnInitializerDeaths() }),
        Pass(make: { $0.timeoutsOnBootDeaths() }),     // round 38S
        Pass(make: { $0.inheritanceOnlyHints() }),     // gaps 37B
        Pass(make: { $0.joinTimeoutCauses() }),
        Pass(make: { $0.orphans() }),
        Pass(make: { $0.mainGuards() }),
        Pass(make: { $0.processEnds() }),
        Pass(make: { $0.bufferedOutputLosses() }),
        Pass(make: { $0.segmentLeaks() }),
        Pass(make: { $0.trackerLeaks() }),
        Pass(make: { $0.trackerUnregisteredTwice() }),
        Pass(make: { $0.childStdinEOFs() }),
        Pass(make: { $0.semaphoresGoneAtUnpickle() }),
        Pass(make: { $0.lostNotifies() }),
        Pass(make: { $0.terminatedDeadlocks() }),
        Pass(make: { $0.timedAcquireDeadlocks() }),
        Pass(make: { $0.staleChecks() }),
        Pass(make: { $0.pollsBlindToEOF() }),
        Pass(make: { $0.recvsWhileCopyInFlight() }),
        Pass(make: { $0.managerQueueLeftovers() }),
        Pass(make: { $0.poolCallbackHolds() }),
        Pass(make: { $0.argsStringCalls() }),
        Pass(make: { $0.queueLeftovers() }),
        Pass(make: { $0.tornSweeps() }),
        Pass(make: { $0.mainFilesGone() }),
        Pass(make: { $0.joinableJoinsEarly() }),
        Pass(make: { $0.joinableJoinsBeforePuts() }),
        Pass(make: { $0.mapListedGenerators() }),
        Pass(make: { $0.checkThenSets() }),
        Pass(make: { $0.callbackHolds() }),
        Pass(make: { $0.noTargetStarts() }),
        Pass(make: { $0.mapItemsAsOneArgument() }),
        Pass(make: { $0.managerLockWaits() }),
        Pass(make: { $0.boundMethodCopies() }),
        Pass(make: { $0.resultsKeptUnreadyByCallbacks() }),
        Pass(make: { $0.proxyCallsAfterShutdown() }),
        Pass(make: { $0.serialGets() }),
        Pass(make: { $0.fewerWorkersThanMax() }),
        Pass(make: { $0.recursionLimitNotInherited() }),
        Pass(make: { $0.recvEOFsFromEndedPeers() }),
        Pass(make: { $0.eventWaitsWithNoSetter() }),
        Pass(make: { $0.joinTimeoutsUnrecorded() }, quotesRows: true),
        Pass(make: { $0.joinsWithoutExitCode() }),
        Pass(make: { $0.exitCodesOverwritten() }),
        Pass(make: { $0.childInterrupts() }),
        Pass(make: { $0.daemonsCutMidItem() }),
        Pass(make: { $0.watchdog() }, quotesRows: true),
    ]
}

extension GenericRules {
    var events: [TraceEvent] { timeline.events }

    /// A note of a cause-stating kind when its premise holds, else `fallback` (a plain kind), else nothing.
    func note(_ index: Int, _ kind: NoteKind, _ text: String, premise: NotePremise?, fallback: (NoteKind, String)? = nil) -> Note? {
        if !kind.statesCause { return Note(eventIndex: index, text: text, source: .rule, kind: kind, premise: premise) }
        if let premise, premise.holds(in: replayer) {
            return Note(eventIndex: index, text: text, source: .rule, kind: kind, premise: premise)
        }
        return fallback.map { Note(eventIndex: index, text: $0.1, source: .rule, kind: $0.0) }
    }
}

private extension GenericRules {
    /// A run of submissions from one thread that returned at once: consecutive submissions with nothing else
    /// recorded by that thread between them, each within `burstGapNs` of the one before (a longer gap is time
    /// the tracer did not see: the thread may have waited, so the burst ends there).
    func submitBursts() -> [Note] {
        var notes: [Note] = []
        var i = 0
        while i < events.count, notes.count < Self.perRule {
            guard events[i].is(.poolSubmit), events[i].string(EventField.method)?.hasSuffix("async") == true else { i += 1; continue }
            var j = i
            var count = 1
            var k = i + 1
            while k < events.count {
                if events[k].pid == events[i].pid, events[k].threadName == events[i].threadName {
                    guard events[k].is(.poolSubmit), events[k].string(EventField.method) == events[i].string(EventField.method),
                          events[k].t - events[j].t <= Self.burstGapNs else { break }
                    count += 1; j = k
                }
                k += 1
            }
            if count > 1 {
                let method = events[i].string(EventField.method) ?? "apply_async"
                let text = Phrase.noteSubmitBurst.text(["method": method, "n": count, "duration": Format.duration(ns: events[j].t - events[i].t)])
                let premise = NotePremise.noWaitBetween(pid: events[i].pid, thread: events[i].thread, fromStep: i, toStep: j)
                if let made = note(i, .submitBurst, text, premise: premise) { notes.append(made) }
            }
            i = j + 1
        }
        return notes
    }

    static let burstGapNs: Int64 = 5_000_000

    /// The first task that waited noticeably between its submission and its start, with that time split by
    /// what the state model shows the pool's workers doing: starting up, all busy, free while earlier tasks
    /// were still being taken, or free while this one was handed over.
    func firstQueuedTask() -> [Note] {
        // The task of each start is one of the timeline's tasks: when none of them waited that long (most runs),
        // no start can be the one, and the look-up per start is skipped.
        guard timeline.tasks.contains(where: { ($0.queuedNs ?? 0) > 50_000_000 }) else { return [] }
        for index in timeline.indices(of: .taskStart) {
            let event = events[index]
            guard let task = lookup.task(of: event), let queued = task.queuedNs, queued > 50_000_000, let pool = task.pool,
                  let submitT = task.submitT,
                  let submit = events[..<index].lastIndex(where: { $0.is(.poolSubmit) && $0.t == submitT && $0.object == pool })
            else { continue }
            let split = StateQueries.taskWait(pool: pool, from: submit, to: index, in: replayer)
            var parts: [String] = []
            if split.startupNs > 0 {
                // How this pool's workers were started (get_context(...).Pool() need not use the default), else the default.
                let method = workerMethod(pool) ?? timeline.header.startMethod
                // A forkserver worker is forked from the fork server: only that server is a new interpreter.
                let why = method == "fork" ? "" : method == "forkserver" ? Phrase.noteTaskStartupWhyForkserver.text()
                    : Phrase.noteTaskStartupWhy.text(["method": method ?? ""])
                parts.append(Phrase.noteTaskStartup.text(["duration": Format.duration(ns: split.startupNs), "pool": pool, "why": why]))
            }
            if split.replacingNs > 0 {
                parts.append(Phrase.noteTaskReplacing.text(["duration": Format.duration(ns: split.replacingNs), "pool": pool]))
            }
            if split.busyNs > 0 { parts.append(Phrase.noteTaskBusy.text(["duration": Format.duration(ns: split.busyNs)])) }
            if split.endingNs > 0 {
                parts.append(Phrase.noteTaskWorkersEnding.text(["duration": Format.duration(ns: split.endingNs), "pool": pool]))
            }
            if split.droppingNs > 0 {
                parts.append(Phrase.noteTaskWorkersDroppingProxies.text(["duration": Format.duration(ns: split.droppingNs), "pool": pool]))
            }
            if split.lostAheadNs > 0 {
                parts.append(Phrase.noteTaskLostAhead.text(["duration": Format.duration(ns: split.lostAheadNs), "pool": pool]))
            }
            if split.aheadNs > 0 { parts.append(Phrase.noteTaskAhead.text(["duration": Format.duration(ns: split.aheadNs)])) }
            if split.handoffNs > 0 {
                // imap over a generator: the task handler thread pulls each item from it when it sends the task, running
                // the generator's own code (a slow read) on that thread: the item may not have existed yet (round 7A)
                let lazy = ["imap", "imap_unordered"].contains(events[submit].method ?? "") && events[submit].args == "<generator>"
                parts.append((lazy ? Phrase.noteTaskHandoffLazy : .noteTaskHandoff).text(["duration": Format.duration(ns: split.handoffNs),
                                                                                         "method": events[submit].method ?? "imap"]))
            }
            let plain = (NoteKind.taskWaitPlain, Phrase.noteTaskWaitPlain.text(["task": task.name, "duration": Format.duration(ns: queued)]))
            guard !parts.isEmpty else { return [Note(eventIndex: index, text: plain.1, source: .rule, kind: plain.0)] }
            let text = Phrase.noteTaskWait.text(["task": task.name, "duration": Format.duration(ns: queued),
                                                 "parts": parts.joined(separator: Phrase.notePartsSeparator.text())])
            return [note(index, .taskWait, text, premise: .taskWait(pool: pool, fromStep: submit, toStep: index, split: split), fallback: plain)]
                .compactMap { $0 }
        }
        return []
    }

    /// Where callbacks run, shown once: in a process that the state model shows is no worker of any pool.
    func firstCallback() -> [Note] {
        guard let index = timeline.indices(of: .poolCallback).first else { return [] }
        let event = events[index]
        var text = Phrase.noteCallbackWhere.text(["func": event.string(EventField.function).map { $0 + " " } ?? "", "process": event.process,
                                                  "pid": event.pid, "thread": event.threadRole])
        var start: Int?
        if let task = lookup.task(of: event), let worker = task.worker, let pid = task.workerPid,
           let s = events[..<index].lastIndex(where: { $0.is(.taskStart) && $0.pid == pid && $0.job == event.job
               && ($0.int(EventField.index) ?? 0) == (event.int(EventField.index) ?? 0) }) {
            start = s
            // A map_async()/starmap_async() of several chunks: its callback gets every chunk's results, each computed
            // where that chunk ran (round 6A: "task 1 was computed by ForkPoolWorker-2" for three chunks on two workers).
            let chunkWorkers = workersOfChunks(job: event.job, pool: timeline.poolOfWorker[pid], before: index)
            if chunkWorkers.chunks > 1 {
                let workers = Phrase.andList(chunkWorkers.names)
                // an error_callback gets no results: one exception, the first to come back (round 14)
                text += event.bool(EventField.error) == true
                    ? errorCallbackChunks(event, at: index, chunks: chunkWorkers.chunks, workers: workers)
                    : Phrase.noteCallbackChunks.text(["task": "task \(event.job ?? 0)", "n": chunkWorkers.chunks, "workers": workers])
            } else {
                text += task.workerThread == "MainThread"
                    ? Phrase.noteCallbackProcess.text(["task": task.name, "worker": worker, "pid": pid])
                    : Phrase.noteCallbackThread.text(["task": task.name, "worker": worker])
            }
        }
        return [note(index, .callbackPlace, text + Phrase.notePeriod.text(), premise: .callbackPlace(callbackStep: index, taskStartStep: start))]
            .compactMap { $0 }
    }

    /// Acquisitions that had to wait, naming who held the lock meanwhile (from the state model).
    func lockWaits() -> [Note] {
        var notes: [Note] = []
        for lock in timeline.locks {
            for hold in lock.holds where hold.waitedNs >= 1_000_000 {
                guard notes.count < Self.perRule,
                      let index = events.indices.first(where: { events[$0].is(.lockAcquire) && events[$0].t == hold.acquiredT
                          && events[$0].pid == hold.pid && events[$0].object == lock.object }) else { continue }
                let begin = events[..<index].lastIndex { $0.is(.lockWait) && $0.pid == hold.pid
                    && $0.thread == hold.thread && $0.object == lock.object }
                // Everyone who held it while this one waited, from the state model: not only the holder at the start.
                // the waiter as the holders are named: a thread other than the main one by its role (round 27)
                var holders = begin.map { StateQueries.holders(of: lock.object, from: $0, to: index, in: replayer) } ?? []
                // round 27S: a holder whose unit another's release() had given back before this wait held none in it
                let paid = begin.flatMap { paidBackHolder(lock: lock.object, begin: $0, acquire: index) }
                let stateHolders = holders     // the premise re-asks the state model, which keeps the paid-back holder
                if let paid { holders.removeAll { $0 == paid.name } }
                func text(_ holder: String) -> String {
                    Phrase.noteLockWait.text(["who": StateQueries.who(events[index]), "duration": Format.duration(ns: hold.waitedNs), "lock": lock.object, "holder": holder])
                }
                let plain = (NoteKind.lockWaitPlain, text(""))
                // a holder that is the waiter itself explains nothing (a semaphore used as a counter: its release came from another)
                guard let begin, !holders.isEmpty, !holders.contains(StateQueries.who(events[begin])) else {
                    notes.append(Note(eventIndex: index, text: plain.1, source: .rule, kind: plain.0)); continue
                }
                // a semaphore's units may be held by several at once: "then" would say one after the other (round 5B)
                let held = holders.count == 1 ? Phrase.noteHeldBy.text(["holder": holders[0]])
                    : lock.type.hasSuffix("Semaphore")
                        ? Phrase.noteUnitsHeldBy.text(["holders": Phrase.andList(holders)])
                        : Phrase.noteHeldInTurn.text(["holders": holders.joined(separator: Phrase.noteHolderThen.text())])
                let foreign = foreignReleaseWords(lock: lock.object, type: lock.type, holders: holders, begin: begin, acquire: index)
                    + (paid.map { Phrase.noteSemaphorePaidBack.text(["paid": $0.name, "at": Format.seconds($0.acquiredT), "lock": lock.object,
                                                                   "releaser": $0.releaser, "released": Format.seconds($0.releasedT)]) } ?? "")
                let premise = NotePremise.lockHolders(lock: lock.object, holders: stateHolders, fromStep: begin, toStep: index)
                if let made = note(index, .lockWaitHolders, text(held + foreign), premise: premise, fallback: plain) { notes.append(made) }
            }
        }
        return notes
    }

    /// A timed acquire that gave up while every holder of the lock was a process that had ended: a multiprocessing
    /// lock is not released when its holder ends, so no one will ever release it (round 5B).
    func lockTimeouts() -> [Note] {
        var notes: [Note] = []
        for index in timeline.indices(of: .lockTimeout) where notes.count < Self.perRule {
            let e = events[index]
            guard let lock = e.object else { continue }
            let units = StateQueries.semaphoreUnits(of: lock, in: events)
            let holders = StateQueries.endedHolders(of: lock, in: replayer.state(after: index), units: units)
            guard !holders.isEmpty else { continue }
            // a semaphore's units: any process may still release() one, so the text says what ended, not "never"
            let text = units == nil
                ? Phrase.noteLockHeldByEnded.text(["who": StateQueries.who(e), "lock": lock,
                                                   "holders": holders.joined(separator: Phrase.listSeparator.text())])
                : Phrase.noteSemaphoreUnitsHeldByEnded.text(["who": StateQueries.who(e), "lock": lock,
                                                             "holders": Phrase.andList(holders)])
            if let made = note(index, .lockHeldByEnded, text, premise: .lockHeldByEnded(step: index, lock: lock, holders: holders)) {
                notes.append(made)
            }
        }
        return notes
    }
}


private extension GenericRules {
    /// The method the pool's workers were started with, when their parents recorded it and they agree.
    func workerMethod(_ pool: String) -> String? {
        let byChild = ChildStartMethods.byChild(events)
        let methods = Set(timeline.poolOfWorker.compactMap { $0.value == pool ? byChild[$0.key] : nil })
        return methods.count == 1 ? methods.first : nil
    }
}
