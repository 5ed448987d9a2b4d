import TutorCore

extension TimelineBuilder {
    /// Pairs each acquire with its release, per lock, and notes who held the lock when a waiter began to wait.
    static func lockActivity(_ events: [TraceEvent]) -> [LockActivity] {
        var locks: [LockActivity] = []
        var index: [EventName: Int] = [:]
        var waitingSince: [WaiterKey: String] = [:] // lock, pid and thread -> holder label at wait time
        var openHolds: [Int: [Int]] = [:] // lock -> indices of its holds not yet released, oldest first
        func slot(_ event: TraceEvent) -> Int? {
            guard let object = event.object else { return nil }
            if let i = index[event.objectName] { return i }
            index[event.objectName] = locks.count
            locks.append(LockActivity(object: object, type: event.objectType ?? "Lock", site: event.site, holds: []))
            return locks.count - 1
        }
        // By index: only the lock events are copied out of the array.
        for e in events.indices(whereKind: { $0.hasPrefix("lock.") }) {
            let event = events[e]
            guard let i = slot(event) else { continue }
            let who = WaiterKey(object: event.objectName, pid: event.pid, thread: event.threadName)
            switch event.known {
            case .lockWait:
                let holders = (openHolds[i] ?? []).map { locks[i].holds[$0].process }
                waitingSince[who] = holders.isEmpty ? nil : holders.joined(separator: Phrase.listComma.text())
            case .lockAcquire:
                // `count`: one call took several levels (an RLock re-taken at its depth by Condition.wait()).
                let blockedBy = waitingSince.removeValue(forKey: who)
                for _ in 0..<max(1, event.count ?? 1) {
                    openHolds[i, default: []].append(locks[i].holds.count)
                    locks[i].holds.append(.init(pid: event.pid, process: event.process, thread: event.thread,
                                                acquiredT: event.t, releasedT: nil, waitedNs: event.waitedNs ?? 0,
                                                blockedBy: blockedBy))
                }
            case .lockRelease:
                // A semaphore may be released by another process than the acquirer: close the oldest open hold
                // of the releaser if there is one, else the oldest open hold. `count`: that many (Semaphore.release(n)).
                for _ in 0..<max(1, event.count ?? 1) {
                    let open = openHolds[i] ?? []
                    guard let k = open.firstIndex(where: { locks[i].holds[$0].pid == event.pid && locks[i].holds[$0].thread == event.thread })
                        ?? (open.isEmpty ? nil : 0) else { break }
                    locks[i].holds[open[k]].releasedT = event.t
                    openHolds[i]!.remove(at: k)
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
