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
        public var beginKind: String
        public var pid: Int32
        public var process: String
        public var thread: String
        /// The object waited on (`Lock#1`), or the joined child's name.
        public var target: String
        /// The call as the program wrote it: `acquire()`, `get()`, `join()`, `wait()`, `recv()`, ...
        public var call: String
        public var sinceT: Int64

        public var who: String { thread == "MainThread" ? process : "\(process)/\(TraceEvent.threadRole(of: thread))" }
        public var isUnfinished: Bool { endIndex == nil }
    }

    public var waits: [Wait]
    /// The kind of every event of the run, by index (to tell how a wait ended).
    public var kinds: [String]
    public var unfinished: [Wait] { waits.filter(\.isUnfinished) }

    /// The kinds that begin a wait, the kinds that may end it, and the call as a program writes it.
    /// Begin kinds from newer tracers that this table does not know are still counted, as unfinished.
    public static let closers: [String: (ends: Set<String>, call: String)] = [
        EventKind.lockWait: ([EventKind.lockAcquire, EventKind.lockTimeout], "acquire()"),
        EventKind.queueWait: ([EventKind.queuePut, EventKind.queueGet, EventKind.queueTimeout], "put()/get()"),
        EventKind.processJoinWait: ([EventKind.processJoin], "join()"),
        EventKind.eventWait: ([EventKind.eventWake], "wait()"),
        EventKind.pipeWait: ([EventKind.pipeRecv], "recv()"),
        EventKind.conditionWait: ([EventKind.conditionWake], "wait()"),
        EventKind.barrierWait: ([EventKind.barrierWake], "wait()"),
        EventKind.queueJoinWait: ([EventKind.queueJoin], "join()"),
        EventKind.poolWait: ([EventKind.poolWaited, EventKind.poolGet, EventKind.poolJoin], "get()"),
        EventKind.futureWait: ([EventKind.futureWaited], "result()"),
        EventKind.executorWait: ([EventKind.executorWaited], "wait()"),
        EventKind.managerWait: ([EventKind.managerCall], "call"),
    ]

    public init(_ timeline: Timeline) {
        var waits: [Wait] = []
        var open: [String: [Int]] = [:]   // "pid|thread" -> indices into `waits`, innermost last
        for (index, e) in timeline.events.enumerated() {
            let key = "\(e.pid)|\(e.thread)"
            if let entry = Self.closers[e.kind] {
                var call = entry.call
                if e.kind == EventKind.queueWait { call = (e.string("op") ?? "get") + "()" }
                if let written = e.string("call") { call = written }
                if e.kind == EventKind.managerWait { call = (e.string("method") ?? "call") + "()" }
                var target = e.kind == EventKind.processJoinWait ? (e.string("name") ?? "a child") : (e.object ?? "?")
                if e.kind == EventKind.executorWait, e.object == nil { target = Phrase.waitFutures.text(["n": max(e.int("pending") ?? 0, 0)]) }
                open[key, default: []].append(waits.count)
                waits.append(Wait(beginIndex: index, endIndex: nil, beginKind: e.kind, pid: e.pid, process: e.process,
                                  thread: e.thread, target: target, call: call, sinceT: e.t))
                continue
            }
            guard var stack = open[key], !stack.isEmpty else { continue }
            // The innermost open wait this event ends (same object, or the joined child).
            if let at = stack.lastIndex(where: { w in
                let wait = waits[w]
                guard Self.closers[wait.beginKind]?.ends.contains(e.kind) == true else { return false }
                if wait.beginKind == EventKind.processJoinWait { return e.int("child_pid") == timeline.events[wait.beginIndex].int("child_pid") }
                if wait.beginKind == EventKind.executorWait { return e.object == timeline.events[wait.beginIndex].object }
                return e.object == nil || e.object == wait.target
            }) {
                waits[stack[at]].endIndex = index
                stack.remove(at: at)
                open[key] = stack
            }
        }
        self.waits = waits
        kinds = timeline.events.map(\.kind)
    }
}
