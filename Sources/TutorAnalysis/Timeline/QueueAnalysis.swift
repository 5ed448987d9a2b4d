import TutorCore

/// Per queue: how deep it got and how often a put or get had to wait.
public struct QueueAnalysis: Sendable, Equatable {
    public struct Figures: Sendable, Equatable {
        public var label: String
        public var puts: Int
        public var gets: Int
        public var maxDepth: Int
        var maxDepthAt: Int64?
        /// Puts and gets that blocked: the tracer saw them about to wait (`queue.wait`: full / empty). A put on an
        /// unbounded queue never blocks, however long it took (its first call starts the feeder thread).
        public var blockedPuts: Int
        public var blockedGets: Int
        /// Timed puts and gets that gave up (`queue.timeout`: Full / Empty after waiting): they waited too, and
        /// are not among the puts and gets (nothing was put or got).
        public var timedOutPuts = 0
        public var timedOutGets = 0
        /// Of those, the ones whose wait was drawn first (a `queue.wait` the timeout ended): the summary counts them
        /// among the puts and gets that had to wait, beside the ones that ended with an item (gaps 20B).
        public var timedOutAfterWaitPuts = 0
        public var timedOutAfterWaitGets = 0
        /// Non-blocking puts refused with queue.Full and gets refused with queue.Empty (`queue.full`, `queue.empty`):
        /// they did not wait and put or got nothing (gaps 23: the summary counted them nowhere).
        public var refusedPuts = 0
        public var refusedGets = 0
        /// put()s and get()s that raised ValueError because their process had closed the queue (`queue.error`, gaps
        /// 28B: counted nowhere before): nothing was put or got.
        public var closedPuts = 0
        public var closedGets = 0
        /// SimpleQueue puts that waited for the queue's write lock (`queue.wlock.wait` by `put`, gaps 24C), how long each
        /// waited: the queue had room, another thread or process was writing (gaps 25: counted nowhere before).
        public var writeLockWaitsNs: [Int64] = []
    }

    public var queues: [Figures]

    /// Depth follows the recorded order of puts and gets; a get is counted when it returned, a put when it returned.
    public init(_ timeline: Timeline) {
        self.init(timeline, ledger: WaitLedger(timeline))
    }

    /// The same, from the run's waits already found (the summary finds them once for all its lines).
    public init(_ timeline: Timeline, ledger: WaitLedger) {
        var figures: [Figures] = []
        // Queues by the number of their name: hashing the name's text, three times per put or get, was a tenth of
        // replaying a queue-heavy run (equal numbers are equal names).
        var slots: [EventName: Int] = [:]
        /// The queue's row in `figures`, made the first time the queue is seen.
        func slot(_ name: EventName) -> Int {
            if let i = slots[name] { return i }
            slots[name] = figures.count
            figures.append(Figures(label: name.text, puts: 0, gets: 0, maxDepth: 0, maxDepthAt: nil, blockedPuts: 0, blockedGets: 0))
            return figures.count - 1
        }
        let endedAWait = Set(ledger.waits.filter { $0.beginKind == .queueWait }.compactMap(\.endIndex))
        for change in Self.depthChangesByName(timeline) {
            let index = change.event
            let event = timeline.events[index]
            let i = slot(change.name)
            let blocked = endedAWait.contains(index)
            if event.is(.queuePutDropped) {
                continue        // neither a put nor a get: the item left the queue unsent (its depth fell)
            } else if event.is(.queuePut) {
                figures[i].puts += 1
                if blocked { figures[i].blockedPuts += 1 }
                if change.depth > figures[i].maxDepth { figures[i].maxDepth = change.depth; figures[i].maxDepthAt = event.t }
            } else {
                figures[i].gets += 1
                if blocked { figures[i].blockedGets += 1 }
            }
        }
        for at in timeline.indices(of: .queueTimeout) {
            let event = timeline.events[at]
            guard event.objectName != .none else { continue }
            let i = slot(event.objectName)
            let waited = endedAWait.contains(at)
            if event.op == "put" {
                figures[i].timedOutPuts += 1
                if waited { figures[i].timedOutAfterWaitPuts += 1 }
            } else {
                figures[i].timedOutGets += 1
                if waited { figures[i].timedOutAfterWaitGets += 1 }
            }
        }
        for at in timeline.indices(of: .queueFull, .queueEmpty) {
            let event = timeline.events[at]
            guard event.objectName != .none else { continue }
            let i = slot(event.objectName)
            if event.known == .queueFull { figures[i].refusedPuts += 1 } else { figures[i].refusedGets += 1 }
        }
        for at in timeline.indices(of: .queueError) {
            let event = timeline.events[at]
            guard event.objectName != .none else { continue }
            let i = slot(event.objectName)
            if event.op == "get" { figures[i].closedGets += 1 } else { figures[i].closedPuts += 1 }
        }
        for wait in ledger.waits where wait.beginKind == .queueWlockWait {
            guard let end = wait.endIndex else { continue }     // a wait never ended is in the summary's unfinished list
            let name = timeline.events[wait.beginIndex].objectName
            guard name != .none else { continue }
            let i = slots[name] ?? figures.count
            if i == figures.count {
                slots[name] = i
                figures.append(Figures(label: name.text, puts: 0, gets: 0, maxDepth: 0, maxDepthAt: nil, blockedPuts: 0, blockedGets: 0))
            }
            figures[i].writeLockWaitsNs.append(max(0, timeline.events[end].waitedNs ?? 0))
        }
        queues = figures
    }

    /// Each queue's depth just after each put and get, in recorded order: the one rule for queue depth that
    /// the summary and the exports' queue-depth counters share. An item the feeder thread could not pickle
    /// (`queue.put.dropped`) leaves the queue there, as it does in RunState (round 28S: a put of an open file
    /// dropped before the next put, "at most 2 items waiting" where there was never more than 1).
    public static func depthChanges(_ timeline: Timeline) -> [(event: Int, label: String, depth: Int)] {
        depthChangesByName(timeline).map { ($0.event, $0.name.text, $0.depth) }
    }

    /// `depthChanges` with each queue's name as its number.
    static func depthChangesByName(_ timeline: Timeline) -> [(event: Int, name: EventName, depth: Int)] {
        var depth: [EventName: Int] = [:]
        var changes: [(event: Int, name: EventName, depth: Int)] = []
        for i in timeline.indices(of: .queuePut, .queueGet, .queuePutDropped) {
            let name = timeline.events[i].objectName
            guard name != .none else { continue }
            let now = timeline.events[i].known == .queuePut ? depth[name, default: 0] + 1 : max(0, depth[name, default: 0] - 1)
            depth[name] = now
            changes.append((i, name, now))
        }
        return changes
    }
}
