import TutorCore

/// Every wait a run recorded: a call that was about to block (`lock.wait`, `queue.wait`, `process.join.wait`, ...)
/// paired with the event that ended it, or marked unfinished when nothing ended it before the process or the
/// run did. Summaries count unfinished waits from here, so a wait that never ended is never silently dropped.
public struct WaitLedger: Sendable {
    /// One wait, from its "about to block" event to the event that ended it.
    public struct Wait: Sendable, Equatable {
        public var beginIndex: Int
        /// nil: the wait never ended in the record (a deadlock, a hang, a process killed while waiting).
        public var endIndex: Int?
        public var beginKind: EventKind
        public var pid: Int32
        public var process: String
        public var thread: String
        /// The object waited on (`Lock#1`), or the joined child's name.
        public var target: String
        /// The call as the program wrote it: `acquire()`, `get()`, `join()`, `wait()`, `recv()`, ...
        public var call: String
        public var sinceT: Int64
        /// `imap` or `imap_unordered` when the wait is the program's loop over that result (`PoolCallWords.iteratedMethod`):
        /// `call` is then a `next()` the program never wrote, and a summary says the loop (gaps 24C).
        public var iterated: String? = nil

        public var who: String { thread == "MainThread" ? process : "\(process)/\(TraceEvent.threadRole(of: thread))" }
        public var isUnfinished: Bool { endIndex == nil }
    }

    public var waits: [Wait]
    /// The kind of every event of the run, by index (to tell how a wait ended).
    public var kinds: [EventKind?]
    public var unfinished: [Wait] { waits.filter(\.isUnfinished) }

    /// The kinds that begin a wait, the kinds that may end it, and the call as a program writes it.
    public static let closers: [EventKind: (ends: Set<EventKind>, call: String)] = [
        .lockWait: ([.lockAcquire, .lockTimeout], "acquire()"),
        .queueWait: ([.queuePut, .queueGet, .queueTimeout], "put()/get()"),
        .processJoinWait: ([.processJoin], "join()"),
        .eventWait: ([.eventWake], "wait()"),
        .pipeWait: ([.pipeRecv, .pipePoll, .pipeSend, .pipeSendError], "recv()"),
        .conditionWait: ([.conditionWake], "wait()"),
        .barrierWait: ([.barrierWake], "wait()"),
        .queueJoinWait: ([.queueJoin], "join()"),
        .queueFeederWait: ([.queueFeederWaited], "join_thread()"),
        .poolWait: ([.poolWaited, .poolGet, .poolJoin], "get()"),
        .futureWait: ([.futureWaited], "result()"),
        .executorWait: ([.executorWaited], "wait()"),
        .managerWait: ([.managerCall], "call()"),
        .connectionWait: ([.connectionWaited], "wait()"),
        .listenerWait: ([.listenerAccept], "accept()"),
        .threadShutdownWait: ([.threadShutdownWaited], "threading._shutdown()"),
        .threadJoinWait: ([.threadJoin], "join()"),
        .managerStartWait: ([.managerCreate, .managerStartError], "start()"),
        // a SimpleQueue put() waiting for the queue's write lock (gaps 24C; counted from gaps 25); a feeder thread's
        // wait for it (gaps 22B) is left out below, as before
        .queueWlockWait: ([.queueWlockWaited], "put()"),
    ]

    /// The keys of `closers` as bits: the ledger asks each event of a run whether it begins a wait, and a
    /// dictionary look-up hashed every event's kind.
    static let beginKinds = EventKindSet(Array(closers.keys))

    /// Every kind that begins or may end a wait: no event of another kind changes the ledger, so `init` visits
    /// only these, by the run's kind index (perf 35: a 100k pool_get replay asked every event its thread's open
    /// waits while a get() waited, 22M instructions).
    static let ledgerKinds: [EventKind] = Array(Set(closers.keys).union(closers.values.flatMap(\.ends))).sorted { $0.rawValue < $1.rawValue }

    /// Whether this event says a call is about to block (its kind is a key of `closers`).
    /// A feeder thread's wait for the write lock is not a wait of the ledger (see `closers`), so the checker that counts
    /// begun waits through this must leave it out as `init` does.
    public static func beginsAWait(_ e: TraceEvent) -> Bool {
        e.is(anyOf: beginKinds) && !(e.is(.queueWlockWait) && !isPutsOwn(e))
    }

    /// Whether a `queue.wlock.wait` is a SimpleQueue `put()`'s own (counted) rather than a feeder thread's.
    static func isPutsOwn(_ e: TraceEvent) -> Bool { e.string(EventField.by) == "put" }

    public init(_ timeline: Timeline) {
        var waits: [Wait] = []
        var open: [ThreadKey: [Int]] = [:]   // pid and thread -> indices into `waits`, innermost last
        // Waits begun and not ended yet: while none is, an event that begins none ends none either, and the
        // thread's key is neither made nor looked up.
        var openCount = 0
        for index in timeline.indices(of: Self.ledgerKinds) {
            // Read through the array: an event is copied out of it only when it begins a wait or its thread has one open.
            let begins = timeline.events[index].known.map(Self.beginKinds.contains) ?? false
            guard begins || openCount > 0 else { continue }
            let key = ThreadKey(pid: timeline.events[index].pid, thread: timeline.events[index].threadName)
            if begins, let begin = timeline.events[index].known, let entry = Self.closers[begin] {
                let e = timeline.events[index]
                if begin == .queueWlockWait, !Self.isPutsOwn(e) { continue }
                var call = entry.call
                if e.is(.queueWait) { call = (e.op ?? "get") + "()" }
                if let written = e.string(EventField.call) { call = written }
                if e.is(.managerWait) { call = (e.method ?? "call") + "()" }
                var target = e.is(.processJoinWait) ? (e.name ?? "a child") : (e.object ?? "?")
                if e.is(.executorWait), e.object == nil { target = Phrase.waitFutures.text(["n": max(e.pending ?? 0, 0)]) }
                if e.is(.connectionWait) { target = RunState.connections(e) }
                if e.is(.queueFeederWait) { call = RunState.feederJoinCall(e) }
                if e.is(.threadShutdownWait) { target = RunState.threadsAtExit(e) }
                if e.is(.threadJoinWait) { target = Phrase.waitThreadJoin.text(["name": e.name ?? "?"]) }
                if e.is(.managerStartWait) { target = Phrase.waitManagerServer.text(["type": e.objectType ?? "BaseManager"]) }
                if e.is(.listenerWait) { target = Phrase.waitListener.text(["address": e.string(EventField.address) ?? "?"]) }
                let iterated = e.is(.poolWait) ? PoolCallWords.iteratedMethod(e, unordered: timeline.isUnorderedJob(e)) : nil
                open[key, default: []].append(waits.count)
                openCount += 1
                waits.append(Wait(beginIndex: index, endIndex: nil, beginKind: begin, pid: e.pid, process: e.process,
                                  thread: e.thread, target: target, call: call, sinceT: e.t, iterated: iterated))
                continue
            }
            guard var stack = open[key], !stack.isEmpty else { continue }
            let e = timeline.events[index]
            // The innermost open wait this event ends (same object, or the joined child).
            if let at = stack.lastIndex(where: { w in
                let wait = waits[w]
                guard let end = e.known, Self.closers[wait.beginKind]?.ends.contains(end) == true else { return false }
                if wait.beginKind == .processJoinWait { return e.int(EventField.childPid) == timeline.events[wait.beginIndex].int(EventField.childPid) }
                if wait.beginKind == .executorWait { return e.object == timeline.events[wait.beginIndex].object }
                if wait.beginKind == .managerStartWait { return true }
                if wait.beginKind == .threadJoinWait { return e.name == timeline.events[wait.beginIndex].name }     // the manager has no label until its server answers
                return e.object == nil || e.object == wait.target
            }) {
                waits[stack[at]].endIndex = index
                stack.remove(at: at)
                openCount -= 1
                open[key] = stack
            }
        }
        self.waits = waits
        // Read in place: `map` copied every event out to read its kind.
        kinds = timeline.events.withUnsafeBufferPointer { buffer in buffer.indices.map { buffer[$0].known } }
    }
}

/// One thread of one process, by number: a key hashed as two integers, once per event of a run.
private struct ThreadKey: Hashable {
    var pid: Int32
    var thread: EventName
}
