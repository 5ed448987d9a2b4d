import TutorCore

/// Finds the cause of each effect in a timeline, from the events alone.
public enum CausalLinker {
    public static func links(in timeline: Timeline) -> [CausalLink] {
        var links: [CausalLink] = []
        var queued: [String: QueuedItems] = [:]
        var lastRelease: [String: Int] = [:]
        var waiting: Set<String> = []
        var taskStage: [[Int64]: Int] = [:]
        var spawns: [Int32: Int] = [:]
        var exits: [Int32: Int] = [:]
        var eventWaiters: [String: Int] = [:]
        var lastSet: [String: Int] = [:]
        var sent: [String: [(repr: String, event: Int)]] = [:]
        let events = timeline.events
        func who(_ i: Int) -> String { events[i].process }
        func at(_ i: Int) -> String { Format.seconds(events[i].t) }

        for (i, e) in events.enumerated() {
            let key = [e.job ?? -1, e.index ?? 0]
            switch e.known {
            case .queuePut:
                queued[e.object ?? "", default: QueuedItems()].append(e.item ?? "?", event: i)
            case .queueGet:
                let repr = e.item ?? "?"
                // Taken out in place: a copy of the queue's items per get was quadratic in a queue that fills up.
                guard let put = queued[e.object ?? ""]?.take(repr) else { continue }
                links.append(.init(cause: put, effect: i, kind: .delivery,
                                   text: Phrase.linkGotItem.text(["item": repr, "who": who(put), "t": at(put)])))
            case .lockWait:
                waiting.insert("\(e.object ?? "")|\(e.pid)|\(e.thread)")
            case .lockRelease:
                lastRelease[e.object ?? ""] = i
            case .lockAcquire:
                let waiter = "\(e.object ?? "")|\(e.pid)|\(e.thread)"
                if waiting.remove(waiter) != nil, let release = lastRelease[e.object ?? ""] {
                    links.append(.init(cause: release, effect: i, kind: .handOff,
                                       text: Phrase.linkGotLock.text(["lock": e.object ?? "the lock", "who": who(release), "t": at(release)])))
                }
            case .poolSubmit:
                for chunk in 0..<max(1, e.chunks ?? 1) { taskStage[[e.job ?? -1, chunk]] = i }
            case .taskStart, .taskEnd, .poolResult:
                if let previous = taskStage[key] {
                    let name = RunState.taskName(key[0], key[1])
                    let text: String
                    switch e.known {
                    case .taskStart: text = Phrase.linkSubmitted.text(["task": name, "who": who(previous), "t": at(previous)])
                    case .taskEnd: text = Phrase.linkStarted.text(["task": name, "t": at(previous)])
                    default: text = Phrase.linkFinished.text(["task": name, "who": who(previous), "t": at(previous)])
                    }
                    links.append(.init(cause: previous, effect: i, kind: .task, text: text))
                }
                taskStage[key] = i
            case .poolCallback:
                if let result = taskStage[key] {
                    links.append(.init(cause: result, effect: i, kind: .task,
                                       text: Phrase.linkResultFor.text(["task": RunState.taskName(key[0], key[1]), "t": at(result)])))
                }
            case .processSpawn:
                if let child = e.childPid { spawns[child] = i }
            case .processStart:
                if let spawn = spawns[e.pid] {
                    links.append(.init(cause: spawn, effect: i, kind: .spawn, text: Phrase.linkStartedBy.text(["who": who(spawn), "t": at(spawn)])))
                }
            case .processExit:
                exits[e.pid] = i
            case .eventWait:
                eventWaiters["\(e.object ?? "")|\(e.pid)|\(e.thread)"] = i
            case .eventSet:
                lastSet[e.object ?? ""] = i
            case .eventWake:
                // Only a wait that blocked (an event.wait came first) and did not time out was released by a
                // set(): the latest set() on that event after the wait began.
                guard let wait = eventWaiters.removeValue(forKey: "\(e.object ?? "")|\(e.pid)|\(e.thread)"),
                      e.outcome != false, let set = lastSet[e.object ?? ""], set > wait else { continue }
                links.append(.init(cause: set, effect: i, kind: .wake,
                                   text: Phrase.linkWoken.text(["who": who(set), "event": e.object ?? "Event", "t": at(set)])))
            case .pipeSend:
                sent["\(e.object ?? "")|\(e.end ?? "")", default: []].append((e.item ?? "?", i))
            case .pipeRecv:
                // A message sent on one end of a pipe is received on the other, in order.
                guard e.string(EventField.error) == nil, let end = e.end else { continue }
                let other = "\(e.object ?? "")|\(end == "A" ? "B" : "A")"
                guard var items = sent[other], !items.isEmpty else { continue }
                let send = items.removeFirst().event
                sent[other] = items
                links.append(.init(cause: send, effect: i, kind: .delivery,
                                   text: Phrase.linkReceived.text(["who": who(send), "t": at(send)])))
            case .processReaped:
                if let child = e.childPid, let exit = exits[child] {
                    links.append(.init(cause: exit, effect: i, kind: .reap, text: Phrase.linkExited.text(["who": who(exit), "t": at(exit)])))
                }
            default:
                break
            }
        }
        return links
    }
}

/// The puts of one queue not yet matched by a get, oldest first. Gets take the oldest put of the same
/// item (else the oldest), and that is nearly always at the front, so the front is a moving offset.
private struct QueuedItems {
    private var items: [(repr: String, event: Int)?] = []
    private var head = 0

    mutating func append(_ repr: String, event: Int) { items.append((repr, event)) }

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
