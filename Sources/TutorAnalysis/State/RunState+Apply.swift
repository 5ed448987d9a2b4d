import TutorCore

extension RunState {
    /// Advances the state over event `index`.
    public mutating func apply(_ index: Int, of timeline: Timeline) {
        step = index
        let e = timeline.events[index]
        let blockedBefore = blocked.count
        trackBlocking(e)
        if blocked.count != blockedBefore { refreshWaits(of: e.pid) }
        // a live view's last event so far ends no wait: the run goes on (load 33)
        if index == timeline.events.count - 1, timeline.trailer?.run.isOver == true { markRunEnded() }
        if !starting.isEmpty || e.is(.processSpawn) { trackStarting(e) }
        if !executors.isEmpty || e.is(.executorCreate) { applyExecutor(e) }
        trackCutAtExit(e, at: index)
        if Self.mayChangeWatched(e, watched) { applyWatched(index, of: timeline) }
        if !ownFutures.made.isEmpty || e.is(.futureCreate) { applyOwnFuture(e) }
        // Worded only by the events that use them: most events of a long run need neither.
        var who: String { e.thread == "MainThread" ? e.process : "\(e.process)/\(e.threadRole)" }
        switch e.known {
        case .runStopped, .runContinued:
            // every process of the run alive then stood still (mp-tutor stopped the whole group): gaps 27B
            let stop = e.is(.runStopped) ? (e.string(EventField.signame) ?? "?", e.t) : nil
            let sender = Int32(clamping: e.int(EventField.senderPid) ?? 0)
            for p in processes.indices where processes[p].isAlive { (processes[p].stopped, processes[p].stoppedBy) = (stop, sender) }
        case .processStart:
            if let p = processIndex(e.pid) {
                processes[p].name = e.name ?? processes[p].name
            } else {
                processes.append(.init(pid: e.pid, name: e.name ?? e.process, role: e.role ?? "other",
                                       exitCode: nil, doing: .text(Self.words.running)))
            }
            // A worker belongs to the pool that started it (several pools may run at once).
            if let label = timeline.poolOfWorker[e.pid] ?? (e.process.contains("PoolWorker") ? pools.last?.label : nil),
               let pool = poolIndex(label), !pools[pool].workers.contains(where: { $0.name == e.process }) {
                pools[pool].workers.append((e.process, nil))
                pools[pool].workersStarted += 1
            }
            idleFromStart(e)
        case .processExit:
            noteTaskLost(worker: e.process, code: e.exitCode, at: index)
            setActivity(e.pid, .text(Self.words.exited))
            // a hand-forked child that could not see its own code (`exitcode` null) leaves it to its parent's wait
            if let p = processIndex(e.pid) {
                processes[p].exitCode = e.exitCode ?? (e[EventField.via] == nil ? 0 : nil)
                processes[p].exitVia = e.string(EventField.via)
            }
            removeWorker(named: e.process)
        case .poolTaskGetError:
            // a worker took its next task off the task queue and could not unpickle it: that task never starts
            if let p = poolIndex(timeline.poolOfWorker[e.pid]) { pools[p].lostTaken += 1 }
        case .processRunEnd:
            // run() returned or raised: the worker takes no more tasks, though its exit comes later.
            for p in pools.indices where pools[p].workers.contains(where: { $0.name == e.process }) && !pools[p].leaving.contains(e.process) {
                pools[p].leaving.append(e.process)
            }
            // gaps 34C: what it does until its exit is multiprocessing's exit cleanup, not waiting for work ("idle")
            if e.bool(EventField.direct) != true { setActivity(e.pid, .text(Phrase.activityExitCleanup.text(["t": Format.seconds(e.t)]))) }
        case .processReaped:
            if let child = e.childPid, let p = processIndex(child), processes[p].exitCode == nil {
                processes[p].exitCode = e.exitCode
                processes[p].activity = cutAtExitActivity(child: child, code: e.exitCode) ?? Phrase.activityReaped.text()
            }
            if let name = e.name { noteTaskLost(worker: name, code: e.exitCode, at: index); removeWorker(named: name) }
        case .processSpawn, .processJoin:
            // A print says nothing new about what a process is doing: a worker printing is still in its task.
            setActivity(e.pid, .text(Self.words.running))
            if e.is(.processSpawn), let child = e.childPid, let p = poolIndex(timeline.poolOfWorker[child]) { pools[p].workersSpawned += 1 }
        case .poolCreate:
            pools.append(.init(label: e.object ?? "Pool", workers: [], waiting: [], resultsArrived: 0, callbacksRun: 0,
                               size: e.int(EventField.processes)))
        case .poolInit, .poolInitEnd:
            applyInitializer(e)
            if e.is(.poolInitEnd) { idleAfterInitializer(e) }
        case .poolSubmit:
            if e.method == "imap_unordered", let job = e.job { unorderedJobs.insert(JobScope.ofSubmitter(e.pid, job)) }
            guard let p = poolIndex(e.object) else { break }
            let job = e.job ?? 0, chunks = max(1, e.chunks ?? 1)
            pools[p].waiting.submit(job: job, chunks: chunks)
        case .taskStart:
            let job = e.job ?? 0, chunk = e.index ?? 0
            let name = Self.taskName(job, chunk)
            // a process pool's worker takes only its own pool's tasks: job numbers repeat across processes (round 15)
            let own = e.thread == "MainThread" ? poolIndex(timeline.poolOfWorker[e.pid]) : nil
            for p in pools.indices {
                if own == nil || own == p { pools[p].waiting.start(job: job, index: chunk) }
                if let w = pools[p].workers.firstIndex(where: { $0.name == e.process }) {
                    pools[p].workers[w].task = name
                    pools[p].tasksStarted += 1
                }
            }
            if e.thread != "MainThread" { applyThreadWorkerTask(e.thread, name) }
            setActivity(e.pid, .task(name, since: e.t))
        case .taskEnd:
            var ending: Pool.Ending?
            for p in pools.indices {
                if let w = pools[p].workers.firstIndex(where: { $0.name == e.process }) { pools[p].workers[w].task = nil; ending = pools[p].ending }
            }
            if e.thread != "MainThread" { applyThreadWorkerTask(e.thread, nil) }
            setActivity(e.pid, .text(ending.map(Self.idleActivity) ?? Self.words.idle))
        case .poolClose, .poolTerminate:
            guard let p = poolIndex(e.object) else { break }
            pools[p].ending = e.is(.poolClose) && pools[p].ending == nil ? .closed : .terminating
            let idle = Self.idleActivity(pools[p].ending ?? .closed)
            for worker in pools[p].workers where worker.task == nil && !pools[p].leaving.contains(worker.name) {
                if let pid = processes.last(where: { $0.name == worker.name })?.pid { setActivity(pid, .text(idle)) }
            }
        case .poolResult:
            if let p = poolIndex(e.object) ?? pools.indices.last {
                pools[p].resultsArrived += 1
                // a task its handler could not send (pickling failed) has its result set at once: it no longer waits
                if e.ok == false, e.threadRole == "_handle_tasks" { pools[p].waiting.start(job: e.job ?? 0, index: e.index ?? 0) }
            }
        case .poolCallback:
            if let p = pools.indices.last { pools[p].callbackRunning = Self.taskName(e.job ?? 0, e.index ?? 0) }
        case .poolCallbackEnd:
            if let p = pools.indices.last { pools[p].callbacksRun += 1; pools[p].callbackRunning = nil }
        case .queueCreate:
            queues.append(.init(label: e.object ?? "Queue", type: e.objectType ?? "Queue", maxsize: e.maxsize,
                                items: [], blockedPutters: [], blockedGetters: [],
                                unfinished: e.objectType == "JoinableQueue" ? 0 : nil))
        case .queuePut:
            guard let q = queueIndex(e.object) else { break }
            if let d = queues[q].droppedBeforePut.firstIndex(of: e.item ?? "?") {  // the feeder failed first (gaps 14B)
                queues[q].droppedBeforePut.remove(at: d)
            } else {
                queues[q].items.append(.init(repr: e.item ?? "?", putBy: who, putAt: e.t, putEvent: index, putPid: e.pid))
            }
            queues[q].blockedPutters.removeAll { $0 == who }
            if let n = queues[q].unfinished { queues[q].unfinished = n + 1 }
            setActivity(e.pid, .text(Self.words.running))
        case .queueTaskDone:
            guard let q = queueIndex(e.object), let n = queues[q].unfinished else { break }
            queues[q].unfinished = e.int(EventField.unfinished).map { Int($0) } ?? max(0, n - 1)
        case .queuePutChanged:
            // what the reader will get is the object as the feeder pickled it
            guard let q = queueIndex(e.object), let i = queues[q].items.firstIndex(where: { $0.repr == e.item && $0.putBy.hasPrefix(e.process) })
            else { break }
            queues[q].items[i].repr = e.string(EventField.sent) ?? queues[q].items[i].repr
        case .queuePutDropped:
            // the feeder could not pickle it (gaps 14B): it never reaches the pipe, no get() takes it
            guard let q = queueIndex(e.object) else { break }
            feederDropped(by: e.pid, in: q)     // gaps 36B: at exit, the feeder stops there
            guard let i = queues[q].items.firstIndex(where: { $0.repr == e.item && $0.putBy.hasPrefix(e.process) }) else {
                // stamped before its put row (the feeder ran first): no since_put_ns; that put adds nothing
                if e.int(EventField.sincePutNs) == nil { queues[q].droppedBeforePut.append(e.item ?? "?") }
                break
            }
            queues[q].items.remove(at: i)
        case .queueGet:
            guard let q = queueIndex(e.object) else { break }
            let repr = e.item
            if !queues[q].lost.isEmpty, foundLost(repr, in: q) {
                // a get took an item said lost: it had reached the pipe after all (gaps 35B)
            } else if let i = queues[q].items.firstIndex(where: { $0.repr == repr }) ?? queues[q].items.indices.first {
                queues[q].items.remove(at: i)
            }
            queues[q].blockedGetters.removeAll { $0 == who }
            setActivity(e.pid, .text(Self.words.running))
        case .queueWait:
            guard let q = queueIndex(e.object) else { break }
            if e.op == "put" { queues[q].blockedPutters.append(who) } else { queues[q].blockedGetters.append(who) }
            if e.bool(EventField.inFlight) == true { loseUnwritten(q) }
            setActivity(e.pid, .queue(e.op ?? "get", on: e.object ?? "a queue", since: e.t))
        case .queueTimeout:
            // a timed put() or get() that gave up is no longer blocked (round 35P: a put(timeout=…) loop on a full queue
            // read "put blocked: MainProcess, MainProcess, …", one more at each retry, and the process kept "waiting";
            // gaps 36A: the same for get(timeout=…) and queue.Empty)
            guard let q = queueIndex(e.object) else { break }
            if e.op == "put" { queues[q].blockedPutters.removeAll { $0 == who } } else { queues[q].blockedGetters.removeAll { $0 == who } }
            setActivity(e.pid, .text(Self.words.running))
        case .queueCancelJoin:
            // gaps 36B: its exit will not wait for its feeder
            if let q = queueIndex(e.object) { queues[q].feederCut[e.pid] = .cancelJoin }
        case .queueFeederWait:
            if e.bool(EventField.atExit) == true, let q = queueIndex(e.object) { queues[q].feederJoinedAtExit.insert(e.pid) }
            // round 24: a process blocked joining its queue's feeder thread (at exit, or in join_thread()) is not "running"
            let phrase: Phrase = e.bool(EventField.atExit) == false ? .activityFeederJoin : .activityFeederJoinAtExit
            setActivity(e.pid, .text(phrase.text(["object": e.object ?? "a queue", "t": Format.seconds(e.t)])))
        case .queueFeederWaited:
            setActivity(e.pid, .text(Self.words.running))
        case .lockCreate:
            let type = e.objectType ?? "Lock"
            locks.append(.init(label: e.object ?? "Lock", type: type, holders: [], waiters: [],
                               units: type.hasSuffix("Semaphore") ? e.int(EventField.value).map(Int.init) : nil))
        case .lockUnpickled:    // the same lock as its maker's, now in this process too (gaps 30A)
            guard let l = lockIndex(e.object) else { break }
            if !locks[l].sharedWith.contains(e.process), locks[l].sharedWith.count < 64 { locks[l].sharedWith.append(e.process) }
        case .lockWait:
            guard let l = lockIndex(e.object) else { break }
            locks[l].waiters.append((who, e.t))
            setActivity(e.pid, .waiting(for: locks[l].label, since: e.t))
        case .lockAcquire:
            guard let l = lockIndex(e.object) else { break }
            locks[l].waiters.removeAll { $0.who == who }
            // `count`: one call took several levels (an RLock re-taken by Condition.wait()).
            locks[l].holders += Array(repeating: (who, e.t), count: max(1, Int(e.count ?? 1)))
            setActivity(e.pid, .holds(locks[l].label))
        case .lockTimeout:      // a timed acquire() gave up: no longer a waiter, the process runs on (round 25X)
            guard let l = lockIndex(e.object) else { break }
            locks[l].waiters.removeAll { $0.who == who }
            setActivity(e.pid, .text(Self.words.running))
        case .managerCall:
            applyProxyLock(e, who: who)
        case .lockRelease:
            guard let l = lockIndex(e.object) else { break }
            let foreign = locks[l].unitsReleasedByOthers, waited = !locks[l].waiters.isEmpty
            for _ in 0..<max(1, e.count ?? 1) { releaseUnit(of: l, by: who) }
            // round 27S: a release with no one waiting gave back a unit held; one with a waiter let it in (gaps 21A)
            if locks[l].unitsReleasedByOthers > foreign { locks[l].lastForeignRelease = waited ? nil : (who, e.t) }
            setActivity(e.pid, .text(Self.words.running))
        case .localCreate:
            locals.append(.init(label: e.object ?? "Local", values: []))
        case .localSet, .localGet:
            guard let label = e.object, let l = locals.firstIndex(where: { $0.label == label }),
                  let attr = e.attr, let value = e.string(EventField.value) else { break }
            locals[l].store(value, attr: attr, by: who)
        case .localDel:
            guard let label = e.object, let l = locals.firstIndex(where: { $0.label == label }) else { break }
            locals[l].values.removeAll { $0.who == who && $0.attr == e.attr }
        case .threadExit:
            for l in locals.indices { locals[l].values.removeAll { $0.who == who } }
            if !pools.isEmpty { applyThreadWorkerExit(e.thread) }
        case .sharedCreate:
            let ctype = e.ctype ?? "?"
            shared.append(.init(label: e.object ?? "Value", ctype: e.length.map { "\(ctype)[\($0)]" } ?? ctype,
                                initial: e.string(EventField.value) ?? "?", traced: e.bool(EventField.lock) != false, members: [],
                                lock: e.string(EventField.lockLabel), userLock: e.bool(EventField.userLock) == true))
        case .shmCreate, .shmAttach:
            // A segment of multiprocessing.shared_memory: its ShareableList's items show as members; its buf is not traced.
            guard let label = e.object, !shared.contains(where: { $0.label == label }) else { break }
            shared.append(.init(label: label, ctype: "\(e.objectType ?? "SharedMemory") (\(e.int(EventField.size).map(String.init) ?? "?") B)",
                                initial: e.string(EventField.value) ?? "?", traced: e.objectType == "ShareableList", members: []))
        case .shmClose, .shmUnlink:
            applySegmentEnd(e)
        case .sharedRead, .sharedWrite:
            guard let label = e.object else { break }
            let s = shared.firstIndex { $0.label == label } ?? {
                shared.append(.init(label: label, ctype: "?", initial: "?", traced: true, members: []))
                return shared.count - 1
            }()
            let member = Shared.Member(attr: e.attr ?? "value", value: e.string(EventField.value) ?? "?",
                                       how: (e.is(.sharedWrite) ? Phrase.panelWrote : .panelRead).text(), by: who)
            if let m = shared[s].members.firstIndex(where: { $0.attr == member.attr }) {
                shared[s].members[m] = member
            } else {
                shared[s].members.append(member)
            }
        case .threadStart where e.string(EventField.target) == "worker":
            // a ThreadPool's worker thread: counted, not listed as a process worker (round 25)
            if let name = e.name, let pool = timeline.lanes.first(where: { $0.pid == e.pid && $0.thread == name })?.workerOfPool,
               let p = poolIndex(pool) {
                pools[p].threadWorkersStarted += 1
                pools[p].threadWorkers.append((name, nil))
            }
        default:
            break
        }
    }

    static func taskName(_ job: Int64, _ index: Int64) -> String { PoolTask.name(job: job, index: index) }

    /// Activities most events set, worded once per language: `Phrase.text` builds a dictionary per call,
    /// and a million-event replay sets an activity on nearly every event.
    private struct Words {
        let running: String, idle: String, exited: String

        init(_ language: Language) {
            running = Phrase.activityRunning.text(in: language)
            idle = Phrase.activityIdle.text(in: language)
            exited = Phrase.activityExited.text(in: language)
        }

        static let english = Words(.en), chinese = Words(.zh)
    }

    private static var words: Words { Language.current == .zh ? .chinese : .english }

    /// A worker that ended is no longer one of its pool's workers (nor running the initializer).
    private mutating func removeWorker(named name: String) {
        for p in pools.indices {
            pools[p].workers.removeAll { $0.name == name }
            pools[p].initializing.removeAll { $0 == name }
            pools[p].leaving.removeAll { $0 == name }
        }
    }

    /// A worker began or ended the pool's initializer: an initializer that raised ends the worker.
    private mutating func applyInitializer(_ e: TraceEvent) {
        if applyThreadWorkerInitializer(e) { return }
        guard let p = pools.firstIndex(where: { $0.workers.contains { $0.name == e.process } }) else { return }
        pools[p].initFunction = e.function ?? pools[p].initFunction
        if e.is(.poolInit) {
            if !pools[p].initializing.contains(e.process) { pools[p].initializing.append(e.process) }
            setActivity(e.pid, .text(Phrase.activityInitializer.text(["func": e.function ?? "?"])))
            return
        }
        pools[p].initializing.removeAll { $0 == e.process }
        if e.ok == false {
            pools[p].initFailed.append(e.process)
            pools[p].initError = e.string(EventField.error)
        } else {
            pools[p].initsDone += 1
        }
        setActivity(e.pid, .text(Self.words.running))
    }

    /// An idle worker of a pool that takes no new work: closed (it may still take tasks submitted before), or being terminated.
    static func idleActivity(_ ending: Pool.Ending) -> String {
        (ending == .closed ? Phrase.activityIdleClosed : Phrase.activityIdleTerminating).text()
    }

    func processIndex(_ pid: Int32) -> Int? { processes.lastIndex { $0.pid == pid } }
    private func poolIndex(_ label: String?) -> Int? { label.flatMap { l in pools.firstIndex { $0.label == l } } }
    private mutating func queueIndex(_ label: String?) -> Int? {
        guard let label else { return nil }
        if let q = queues.firstIndex(where: { $0.label == label }) { return q }
        queues.append(.init(label: label, type: "Queue", maxsize: nil, items: [], blockedPutters: [], blockedGetters: []))
        return queues.count - 1
    }
    private mutating func lockIndex(_ label: String?) -> Int? {
        guard let label else { return nil }
        if let l = locks.firstIndex(where: { $0.label == label }) { return l }
        // A lock first seen without its creation (made before tracing began) still gets a place.
        locks.append(.init(label: label, type: "Lock", holders: [], waiters: []))
        return locks.count - 1
    }

    private mutating func setActivity(_ pid: Int32, _ activity: ProcessActivity) {
        if let p = processIndex(pid), processes[p].exitCode == nil || activity.isText(Self.words.exited) { processes[p].doing = activity }
    }
}
