import TutorCore

extension TimelineBuilder {
    /// How deep each thread holds each RLock after its acquires and releases, where that is not what a plain lock's
    /// row implies: an acquire by a thread that already held it, a release that leaves it still held (an RLock is
    /// free only after as many releases as acquires by its owner). `count` on an event: several levels at once
    /// (Condition.wait() releasing and re-taking an RLock at its depth).
    static func rlockLevels(_ events: [TraceEvent], _ kinds: EventKindIndex) -> [Int: Int64] {
        var rlocks: Set<EventName> = []
        var depth: [HolderKey: Int64] = [:]
        var levels: [Int: Int64] = [:]
        // Only the lock events are copied out (a copy of every event costs more than the rest of this pass).
        for i in kinds.indices(of: [.lockCreate, .lockAcquire, .lockRelease]) {
            let e = events[i]
            switch e.known {
            case .lockCreate where e.objectType == "RLock":
                rlocks.insert(e.objectName)
            case .lockAcquire where rlocks.contains(e.objectName):
                let key = HolderKey(object: e.objectName, pid: e.pid, thread: e.threadName)
                let n = depth[key, default: 0] + max(1, e.count ?? 1)
                depth[key] = n
                if n >= 2 { levels[i] = n }
            case .lockRelease where rlocks.contains(e.objectName):
                let key = HolderKey(object: e.objectName, pid: e.pid, thread: e.threadName)
                let n = max(0, depth[key, default: 0] - max(1, e.count ?? 1))
                depth[key] = n
                if n >= 1 { levels[i] = n }
            default:
                break
            }
        }
        return levels
    }
}

/// An RLock and one thread holding it, by number.
private struct HolderKey: Hashable {
    var object: EventName
    var pid: Int32
    var thread: EventName
}
