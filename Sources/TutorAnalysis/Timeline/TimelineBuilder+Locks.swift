import TutorCore

extension TimelineBuilder {
    /// Pairs each acquire with its release, per lock, and notes who held the lock when a waiter began to wait.
    static func lockActivity(_ events: [TraceEvent]) -> [LockActivity] {
        var locks: [LockActivity] = []
        // Each lock's slot by its name's number, and its open holds in an array by slot, with the holder's pid and
        // thread as numbers: two dictionaries hashed per event and each release's thread compared as text were 120.9M
        // instructions of a 100k lock_heavy replay (perf 38R).
        var index = NameSlots()
        var waitingSince: [WaiterKey: String] = [:] // lock, pid and thread -> holder label at wait time
        var openHolds: [[OpenHold]] = [] // by lock: its holds not yet released, oldest first
        var listComma: String?
        func slot(_ event: TraceEvent) -> Int? {
            guard event.objectName != .none else { return nil }
            if let i = index[event.objectName] { return i }
            index[event.objectName] = locks.count
            locks.append(LockActivity(object: event.objectName.text, type: event.objectType ?? "Lock", site: event.site, holds: []))
            openHolds.append([])
            return locks.count - 1
        }
        // By index: only the lock events are copied out of the array.
        for e in events.indices(whereKind: { $0.hasPrefix("lock.") }) {
            let event = events[e]
            guard let i = slot(event) else { continue }
            switch event.known {
            case .lockWait:
                let who = WaiterKey(object: event.objectName, pid: event.pid, thread: event.threadName)
                let open = openHolds[i]
                if open.isEmpty {
                    if !waitingSince.isEmpty { waitingSince[who] = nil }
                } else if open.count == 1 {
                    waitingSince[who] = locks[i].holds[open[0].hold].process
                } else {
                    if listComma == nil { listComma = Phrase.listComma.text() }
                    waitingSince[who] = open.map { locks[i].holds[$0.hold].process }.joined(separator: listComma!)
                }
            case .lockAcquire:
                // `count`: one call took several levels (an RLock re-taken at its depth by Condition.wait()).
                let blockedBy = waitingSince.isEmpty ? nil
                    : waitingSince.removeValue(forKey: WaiterKey(object: event.objectName, pid: event.pid, thread: event.threadName))
                let (process, thread) = (event.process, event.thread)
                for _ in 0..<max(1, event.count ?? 1) {
                    openHolds[i].append(OpenHold(hold: locks[i].holds.count, pid: event.pid, thread: event.threadName))
                    locks[i].holds.append(.init(pid: event.pid, process: process, thread: thread,
                                                acquiredT: event.t, releasedT: nil, waitedNs: event.waitedNs ?? 0,
                                                blockedBy: blockedBy))
                }
            case .lockRelease:
                // A semaphore may be released by another process than the acquirer: close the oldest open hold
                // of the releaser if there is one, else the oldest open hold. `count`: that many (Semaphore.release(n)).
                for _ in 0..<max(1, event.count ?? 1) {
                    guard let k = openHolds[i].firstIndex(where: { $0.pid == event.pid && ($0.thread == event.threadName
                        || locks[i].holds[$0.hold].thread == event.thread) }) ?? (openHolds[i].isEmpty ? nil : 0) else { break }
                    locks[i].holds[openHolds[i][k].hold].releasedT = event.t
                    openHolds[i].remove(at: k)
                }
            default:
                break
            }
        }
        return locks
    }
}

/// A lock and one thread waiting for it, by number (hashed as integers, once per lock event).
private struct WaiterKey: Hashable {
    var object: EventName
    var pid: Int32
    var thread: EventName
}

/// A hold not yet released: its index in its lock's holds, and its holder's pid and thread (by number; equal numbers
/// are equal names, and different numbers are compared as text, as the holds' threads were).
private struct OpenHold {
    var hold: Int
    var pid: Int32
    var thread: EventName
}
