import TutorCore

/// Checks what must hold in any recorded run and in everything mp-tutor says about it. Runs on any
/// transcript (`mp-tutor check FILE.jsonl`) and on every live run of `mp-tutor check <lesson>`; the truth
/// corpus and `transcripts/` are checked in CI.
///
/// Each check recounts from the raw events and compares with the analysis the screens use
/// (`ProcessCensus`, `PoolFigures`, `WaitLedger`, the notes' premises on the state model).
public struct InvariantChecker {
    /// One thing that does not hold.
    public struct Violation: Sendable, Equatable, CustomStringConvertible {
        /// `one-exit`, `process-count`, `pool-counts`, `waits`, `note-premise`, `causal-order`.
        public var invariant: String
        public var message: String
        public var description: String { "\(invariant): \(message)" }
    }

    public static let invariants = ["one-exit", "process-count", "pool-counts", "waits", "note-premise", "causal-order"]

    public let timeline: Timeline
    public let notes: [Note]
    /// The events as the transcript holds them (the timeline reads a contradicted self-reported exit as
    /// `process.exiting`; the record itself must not carry it).
    public let recorded: [TraceEvent]

    public init(timeline: Timeline, notes: [Note], recorded: [TraceEvent]? = nil) {
        self.timeline = timeline
        self.notes = notes
        self.recorded = recorded ?? timeline.events
    }

    public func violations() -> [Violation] {
        oneExit() + processCount() + poolCounts() + executorCounts() + waits() + notePremises() + causalOrder()
    }
}

private extension InvariantChecker {
    var events: [TraceEvent] { timeline.events }

    func v(_ invariant: String, _ message: String) -> Violation { Violation(invariant: invariant, message: message) }

    /// One exit per process, and no exit code a process recorded about its own end (`process.exit`,
    /// `process.exiting`, `process.run.end`) contradicts the parent's view of how it ended.
    func oneExit() -> [Violation] {
        var out: [Violation] = []
        var exits: [Int32: [TraceEvent]] = [:]
        var reaped: [Int32: TraceEvent] = [:]
        for e in recorded {
            if e.is(.processExit) { exits[e.pid, default: []].append(e) }
            if e.is(.processReaped), let child = e.int(EventField.childPid) { reaped[Int32(child)] = e }
        }
        for (pid, list) in exits.sorted(by: { $0.key < $1.key }) where list.count > 1 {
            out.append(v("one-exit", Phrase.invManyExits.text(["pid": pid, "process": list[0].process, "n": list.count])))
        }
        // No event a process records about its own end (its exit, its exiting, run()'s end) carries an exit
        // code that contradicts how its parent saw it end.
        for e in recorded where e.is(anyOf: ExitReconciler.ownEndKinds) {
            guard let seen = reaped[e.pid]?.exitCode, let code = e.exitCode, code != seen else { continue }
            out.append(v("one-exit", Phrase.invExitDiffers.text(["process": e.process, "pid": e.pid, "kind": e.kind,
                "code": code, "seq": e.seq, "seen": seen])))
        }
        if let run = timeline.trailer?.run, let main = timeline.processes.first(where: { $0.role == "main" }),
           let code = run.exitCode, let own = exits[main.pid]?.last?.exitCode, run.signal == nil, Int64(code) != own {
            out.append(v("one-exit", Phrase.invMainExit.text(["own": own, "code": code])))
        }
        return out
    }

    /// The census counts every process that any event shows existed.
    func processCount() -> [Violation] {
        var seen = Set(events.map(\.pid))
        for e in events {
            if e.is(.processSpawn) || e.is(.processReaped) || e.is(.subprocessSpawn), let c = e.int(EventField.childPid) { seen.insert(Int32(c)) }
            if e.is(.managerCreate), let s = e.serverPid, s > 0 { seen.insert(Int32(s)) }
        }
        seen.formUnion(timeline.trailer?.silentProcesses ?? [])
        let census = Set(ProcessCensus(timeline).members.map(\.pid))
        guard census != seen else { return [] }
        let missing = seen.subtracting(census).sorted(), extra = census.subtracting(seen).sorted()
        return [v("process-count", Phrase.invCount.text(["n": census.count, "seen": seen.count])
            + (missing.isEmpty ? "" : Phrase.invMissing.text(["list": missing.map(String.init).joined(separator: ", ")]))
            + (extra.isEmpty ? "" : Phrase.invExtra.text(["list": extra.map(String.init).joined(separator: ", ")])))]
    }

    /// Per pool: chunks started and finished never exceed chunks submitted, each started chunk belongs to a
    /// submission of that pool, and the per-worker counts add up to the chunks started.
    func poolCounts() -> [Violation] {
        var out: [Violation] = []
        var poolOfJob: [Int64: String] = [:]
        var chunksOfJob: [Int64: Int64?] = [:]
        // each process numbers its jobs from its own counter (a pool made in a pool worker starts at 0 again)
        let kinds = timeline.kindIndex.covers(events.count) ? timeline.kindIndex : EventKindIndex(events)
        let scope = JobScope(events, kinds, membership: timeline.poolOfWorker)
        for at in events.indices where events[at].is(.poolSubmit) {
            let e = events[at]
            guard let number = e.job, let pool = e.object else { continue }
            let job = scope.key(number, of: e)
            poolOfJob[job] = pool
            let imap = e.method?.hasPrefix("imap") == true
            chunksOfJob[job] = .some(e.chunks ?? (imap ? nil : 1))
        }
        var started: [String: Set<[Int64]>] = [:]
        for at in events.indices where events[at].is(.taskStart) {
            let e = events[at]
            guard let number = e.job else { continue }
            let job = scope.key(number, of: e)
            let index = e.index ?? 0
            guard let pool = poolOfJob[job] else { continue }   // a pool made before tracing began, or a ThreadPool job
            if let known = chunksOfJob[job], let chunks = known, index >= chunks {
                out.append(v("pool-counts", Phrase.invTaskChunks.text(["job": number, "index": index, "pool": pool, "chunks": chunks])))
            }
            started[pool, default: []].insert([job, index])
        }
        for figures in PoolFigures.all(timeline) {
            let recount = started[figures.pool]?.count ?? 0
            if figures.chunksStarted != recount {
                out.append(v("pool-counts", Phrase.invSummaryChunks.text(["pool": figures.pool, "n": figures.chunksStarted, "recount": recount])))
            }
            if let submitted = figures.chunksSubmitted, figures.chunksStarted > submitted {
                out.append(v("pool-counts", Phrase.invMoreStarted.text(["pool": figures.pool, "n": figures.chunksStarted, "submitted": submitted])))
            }
            let perWorker = figures.workers.reduce(0) { $0 + $1.tasks.count }
            if perWorker != figures.chunksStarted {
                out.append(v("pool-counts", Phrase.invWorkerCounts.text(["pool": figures.pool, "sum": perWorker, "n": figures.chunksStarted])))
            }
        }
        return out
    }

    /// Every wait is closed by its end event, or is counted as unfinished; a run the watchdog stopped names
    /// at least one call that was still blocked, or says the tracer saw none.
    func waits() -> [Violation] {
        var out: [Violation] = []
        let ledger = WaitLedger(timeline)
        var begins = 0, closed = 0
        for e in events where WaitLedger.beginsAWait(e) { begins += 1 }
        closed = ledger.waits.filter { !$0.isUnfinished }.count
        if ledger.waits.count != begins {
            out.append(v("waits", Phrase.invWaitsBegan.text(["begins": begins, "n": ledger.waits.count])))
        }
        if closed + ledger.unfinished.count != begins {
            out.append(v("waits", Phrase.invWaitsClosed.text(["closed": closed, "unfinished": ledger.unfinished.count, "begins": begins])))
        }
        for wait in ledger.waits {
            if let end = wait.endIndex, end <= wait.beginIndex {
                out.append(v("waits", Phrase.invWaitOrder.text(["who": wait.who, "call": wait.call, "target": wait.target])))
            }
        }
        // A lock's summary counts every wait on it, finished or not.
        for lock in timeline.locks {
            let waited = ledger.waits.filter { $0.beginKind == .lockWait && $0.target == lock.object }.count
            let shown = LockFigures(lock: lock, ledger: ledger)
            if shown.hadToWait + shown.timedOut + shown.unfinishedWaits.count != waited {
                out.append(v("waits", Phrase.invLockWaits.text(["lock": lock.object, "waited": waited, "got": shown.hadToWait,
                                                        "unfinished": shown.unfinished])))
            }
        }
        // Only a hang must leave a wait open (load 31): not a run cut before the tracer wrote anything, nor one cut while
        // its processes still waited for a core on a busy machine (they were working, not waiting).
        if let run = timeline.trailer?.run, run.timedOut, run.recordingProblem == nil,
           run.machineLoad.map({ !($0.cutWhileWaiting && $0.isBusy) }) ?? true, ledger.unfinished.isEmpty {
            out.append(v("waits", Phrase.invWatchdogNoWait.text()))
        }
        return out
    }

    /// Every note of a kind that states a cause carries a premise, and every premise holds in the state
    /// model at its step.
    func notePremises() -> [Violation] {
        let replayer = StateReplayer(timeline: timeline)
        return notes.compactMap { note in
            let seq = events.indices.contains(note.eventIndex) ? events[note.eventIndex].seq : note.eventIndex
            guard let premise = note.premise else {
                guard note.kind.statesCause else { return nil }
                return v("note-premise", Phrase.invNoteNoPremise.text(["kind": note.kind.rawValue, "seq": seq, "note": note.text]))
            }
            guard !premise.holds(in: replayer) else { return nil }
            return v("note-premise", Phrase.invNotePremise.text(["kind": note.kind.rawValue, "seq": seq, "note": note.text]))
        }
    }

    /// seq strictly increases, time never goes back, and a child's first event comes after its start() began.
    func causalOrder() -> [Violation] {
        var out: [Violation] = []
        for (a, b) in zip(events, events.dropFirst()) {
            if b.seq <= a.seq { out.append(v("causal-order", Phrase.invSeqFollows.text(["b": b.seq, "a": a.seq]))); break }
            if b.t < a.t { out.append(v("causal-order", Phrase.invStampedBefore.text(["b": b.seq, "a": a.seq]))); break }
        }
        var first: [Int32: Int] = [:]
        for (i, e) in events.enumerated() where first[e.pid] == nil { first[e.pid] = i }
        for i in events.indices where events[i].is(.processSpawn) {
            let e = events[i]
            guard let child = e.int(EventField.childPid).map(Int32.init), let c = first[child], c < i else { continue }
            out.append(v("causal-order", Phrase.invBeforeStart.text(["process": events[c].process, "pid": child, "seq": events[c].seq,
                                                                   "start": e.seq])))
        }
        return out + outcomesAfterTheirCauses(first: first)
    }

    /// An outcome is never stamped before what it is the outcome of (round 5A of the truth review):
    /// - a manager said started (a `manager.create` stamped when `start()` returned: it carries `waited_ns`)
    ///   comes after its server process's first event; older transcripts stamped it when `start()` began;
    /// - a work item's result that came back from a worker (`future.result`, not `unsent`) comes after a
    ///   `future.start` of that work number (numbers are per executor: any executor's start will do, so this
    ///   never fails a true record).
    func outcomesAfterTheirCauses(first: [Int32: Int]) -> [Violation] {
        var out: [Violation] = []
        var started: Set<Int64> = []
        for (i, e) in events.enumerated() {
            if e.is(.futureStart), let work = e.work { started.insert(work) }
            if e.is(.futureResult), e.bool(EventField.unsent) != true, e.ok == true || e.ok == false, let work = e.work, !started.contains(work) {
                out.append(v("causal-order", Phrase.invResultBeforeStart.text(["work": work, "seq": e.seq])))
            }
            if e.is(.managerCreate), e.waitedNs != nil, let server = e.serverPid.map({ Int32(truncatingIfNeeded: $0) }),
               first[server].map({ $0 > i }) ?? false {
                out.append(v("causal-order", Phrase.invManagerBeforeServer.text(["object": e.object ?? "?", "seq": e.seq, "pid": server])))
            }
        }
        return out
    }
}
