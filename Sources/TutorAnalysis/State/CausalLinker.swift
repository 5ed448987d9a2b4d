import TutorCore

/// Finds the cause of each effect in a timeline, from the events alone.
public enum CausalLinker {
    /// Every link with its words.
    public static func links(in timeline: Timeline) -> [CausalLink] {
        pairs(in: timeline).map { link($0, in: timeline) }
    }

    /// Every link as cause, effect and kind, in effect order, without words: a million links put in words
    /// cost seconds and a hundred megabytes that a view showing one step at a time never reads.
    public static func pairs(in timeline: Timeline) -> [CausalPair] {
        var links: [CausalPair] = []
        var queued: [String: QueuedItems] = [:]
        var lastRelease: [String: Int] = [:]
        var waiting: Set<WaiterKey> = []
        var taskStage: [TaskKey: Int] = [:]
        // Each job's submits and their chunks: a map's submit stands for every chunk's first stage without
        // a key per chunk (a million-chunk map made a million keys before its first task started).
        var submitsOfJob: [Int64: [(event: Int, chunks: Int64)]] = [:]
        /// The latest stage of a task: its own last event or the latest submit of its chunk, whichever came later.
        func stage(_ key: TaskKey) -> Int? {
            let submit = submitsOfJob[key.job]?.last { (0..<$0.chunks).contains(key.index) }?.event
            guard let own = taskStage[key] else { return submit }
            return max(own, submit ?? own)
        }
        var spawns: [Int32: Int] = [:]
        var exits: [Int32: Int] = [:]
        var eventWaiters: [WaiterKey: Int] = [:]
        var lastSet: [String: Int] = [:]
        var sent: [String: [(repr: String, event: Int)]] = [:]
        let events = timeline.events
        // each process numbers its jobs from its own counter: a nested pool's job 0 is not its parent's (gaps 16B)
        let scope = JobScope(events, timeline.kindIndex.covers(events.count) ? timeline.kindIndex : EventKindIndex(events),
                             membership: timeline.poolOfWorker)

        for i in events.indices {
            let e = events[i]
            switch e.known {
            case .queuePut:
                queued[e.object ?? "", default: QueuedItems()].append(e.item ?? "?", event: i)
            case .queuePutChanged:
                // The feeder pickled that put's object as `sent`: the reader's get carries that repr, not put()'s.
                queued[e.object ?? ""]?.rename(e.item ?? "?", to: e.string(EventField.sent) ?? "?")
            case .queuePutDropped:
                // The feeder could not pickle it (gaps 14B): no get() takes it.
                queued[e.object ?? "", default: QueuedItems()].drop(e.item ?? "?", early: e.int(EventField.sincePutNs) == nil)
            case .queueGet:
                let repr = e.item ?? "?"
                // Taken out in place: a copy of the queue's items per get was quadratic in a queue that fills up.
                guard let put = queued[e.object ?? ""]?.take(repr) else { continue }
                links.append(CausalPair(cause: put, effect: i, kind: .delivery))
            case .lockWait:
                waiting.insert(WaiterKey(e))
            case .lockRelease:
                lastRelease[e.object ?? ""] = i
            case .lockAcquire:
                let waiter = WaiterKey(e)
                if waiting.remove(waiter) != nil, let release = lastRelease[e.object ?? ""] {
                    links.append(CausalPair(cause: release, effect: i, kind: .handOff))
                }
            case .poolSubmit:
                submitsOfJob[scope.key(e.job ?? -1, of: e), default: []].append((i, max(1, e.chunks ?? 1)))
            case .taskStart, .taskEnd, .poolResult:
                let key = TaskKey(e, scope)
                if let previous = stage(key) {
                    links.append(CausalPair(cause: previous, effect: i, kind: .task))
                }
                taskStage[key] = i
            case .poolCallback:
                if let result = stage(TaskKey(e, scope)) {
                    links.append(CausalPair(cause: result, effect: i, kind: .task))
                }
            case .processSpawn:
                if let child = e.childPid { spawns[child] = i }
            case .processStart:
                if let spawn = spawns[e.pid] {
                    links.append(CausalPair(cause: spawn, effect: i, kind: .spawn))
                }
            case .processExit:
                exits[e.pid] = i
            case .eventWait:
                eventWaiters[WaiterKey(e)] = i
            case .eventSet:
                lastSet[e.object ?? ""] = i
            case .eventWake:
                // Only a wait that blocked (an event.wait came first) and did not time out was released by a
                // set(): the latest set() on that event after the wait began (also one that then found it cleared).
                guard let wait = eventWaiters.removeValue(forKey: WaiterKey(e)),
                      e.outcome != false || e.bool(EventField.cleared) == true,
                      let set = lastSet[e.object ?? ""], set > wait else { continue }
                links.append(CausalPair(cause: set, effect: i, kind: .wake))
            case .pipeSend:
                sent["\(e.object ?? "")|\(e.end ?? "")", default: []].append((e.item ?? "?", i))
            case .pipeRecv:
                // A message sent on one end of a pipe (or Listener/Client connection) is received on the other, in order.
                guard e.string(EventField.error) == nil, let end = e.end.flatMap(TraceEvent.otherEnd) else { continue }
                let other = "\(e.object ?? "")|\(end)"
                guard var items = sent[other], !items.isEmpty else { continue }
                let send = items.removeFirst().event
                sent[other] = items
                links.append(CausalPair(cause: send, effect: i, kind: .delivery))
            case .processReaped:
                if let child = e.childPid, let exit = exits[child] {
                    links.append(CausalPair(cause: exit, effect: i, kind: .reap))
                }
            default:
                break
            }
        }
        return links
    }

    /// The link `pair` with its words, said at the effect's step.
    public static func link(_ pair: CausalPair, in timeline: Timeline) -> CausalLink {
        let cause = Int(pair.cause), effect = Int(pair.effect)
        let c = timeline.events[cause], e = timeline.events[effect]
        let who = c.process, at = Format.seconds(c.t)
        let text: String
        switch pair.kind {
        case .delivery:
            text = e.is(.queueGet) ? Phrase.linkGotItem.text(["item": e.item ?? "?", "who": who, "t": at])
                : Phrase.linkReceived.text(["who": who, "t": at])
        case .handOff:
            text = Phrase.linkGotLock.text(["lock": e.object ?? Phrase.theLock.text(), "who": who, "t": at])
        case .task:
            let task = RunState.taskName(e.job ?? -1, e.index ?? 0)
            switch e.known {
            case .taskStart: text = Phrase.linkSubmitted.text(["task": task, "who": who, "t": at])
            case .taskEnd: text = Phrase.linkStarted.text(["task": task, "t": at])
            // a task its handler could not send gets its result with no worker's end before it: its cause is the submission
            case .poolResult where c.is(.poolSubmit): text = Phrase.linkSubmitted.text(["task": task, "who": who, "t": at])
            case .poolResult: text = Phrase.linkFinished.text(["task": task, "who": who, "t": at])
            default: text = Phrase.linkResultFor.text(["task": task, "t": at])
            }
        case .spawn:
            text = Phrase.linkStartedBy.text(["who": who, "t": at])
        case .wake:
            text = Phrase.linkWoken.text(["who": who, "event": e.object ?? "Event", "t": at])
        case .reap:
            text = Phrase.linkExited.text(["who": who, "t": at])
        }
        return CausalLink(cause: cause, effect: effect, kind: pair.kind, text: text)
    }
}

/// A pool task's job and chunk, as a dictionary key (an array key cost an allocation per event).
private struct TaskKey: Hashable {
    var job: Int64
    var index: Int64

    init(job: Int64, index: Int64) {
        self.job = job
        self.index = index
    }

    init(_ e: TraceEvent, _ scope: JobScope) {
        self.init(job: scope.key(e.job ?? -1, of: e), index: e.index ?? 0)
    }
}

/// The puts of one queue not yet matched by a get, oldest first. Gets take the oldest put of the same
/// item (else the oldest), and that is nearly always at the front, so the front is a moving offset.
private struct QueuedItems {
    private var items: [(repr: String, event: Int)?] = []
    private var head = 0

    private var dropped: [String] = []

    mutating func append(_ repr: String, event: Int) {
        if let d = dropped.firstIndex(of: repr) { dropped.remove(at: d); return }
        items.append((repr, event))
    }

    /// The oldest put of `repr` not yet taken now stands for `sent`: its object changed before the feeder pickled it.
    mutating func rename(_ repr: String, to sent: String) {
        guard let k = items[head...].firstIndex(where: { $0?.repr == repr }), let put = items[k] else { return }
        items[k] = (sent, put.event)
    }

    /// The oldest put of `repr` not yet taken is gone: its object could not be pickled.  A drop stamped before its
    /// put row (`early`: the feeder ran first) takes the next put of `repr` instead.
    mutating func drop(_ repr: String, early: Bool) {
        guard let k = items[head...].firstIndex(where: { $0?.repr == repr }) else {
            if early { dropped.append(repr) }
            return
        }
        items[k] = nil
    }

    /// The event that put `repr` (the oldest such put, else the oldest put), taken out; nil when empty.
    mutating func take(_ repr: String) -> Int? {
        while head < items.count, items[head] == nil { head += 1 }
        guard head < items.count else { return nil }
        let k = items[head...].firstIndex { $0?.repr == repr } ?? head
        let put = items[k]!.event
        items[k] = nil
        if head > 4096, head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        return put
    }
}

/// An object and one thread waiting on it, by number (an absent object is `EventName.none`, as "" was).
private struct WaiterKey: Hashable {
    var object: EventName
    var pid: Int32
    var thread: EventName

    init(_ e: TraceEvent) {
        object = e.object?.isEmpty ?? true ? .none : e.objectName
        pid = e.pid
        thread = e.threadName
    }
}
