import TutorCore

/// What `PoolFigures` needs of a run's events, gathered in one pass for every pool: a pass per pool (its
/// create, its submissions, its initializer failures, its ends) was a pass over every event for each pool,
/// each copying every event out of the array. Kinds are read through the array; only the few events of the
/// pools' own kinds are looked at further.
struct PoolEvents {
    /// The objects of `pool.create` events, in order (a label recreated is named again).
    var created: [String] = []
    /// The first `pool.create` of each label.
    var createOf: [String: Int] = [:]
    /// The `pool.submit` events of each label, in order.
    var submitsOf: [String: [Int]] = [:]
    /// The `pool.refused` events of each label, in order: calls that raised in the calling process, no task sent.
    var refusedOf: [String: [Int]] = [:]
    /// The processes of `pool.init.end` events that say the initializer failed (`ok` false), one per event.
    var failedInitPids: [Int32] = []
    /// The latest `terminate()`/`join()` of each label, and the latest `close()`.
    var lastTerminateOrJoin: [String: Int64] = [:]
    var lastClose: [String: Int64] = [:]
    /// When a parent first saw each child end (`process.reaped`): the only end of a worker that recorded nothing of
    /// its own (a spawn worker terminated before its tracer started), which has no `ProcessLife`.
    var reapedAt: [Int32: Int64] = [:]

    init(_ events: [TraceEvent]) {
        for i in events.indices {
            switch events[i].known {
            case .poolCreate:
                guard let label = events[i].object else { continue }
                created.append(label)
                if createOf[label] == nil { createOf[label] = i }
            case .poolSubmit:
                if let label = events[i].object { submitsOf[label, default: []].append(i) }
            case .poolRefused:
                if let label = events[i].object { refusedOf[label, default: []].append(i) }
            case .poolInitEnd:
                if events[i].ok == false { failedInitPids.append(events[i].pid) }
            case .poolTerminate, .poolJoin:
                if let label = events[i].object { lastTerminateOrJoin[label] = max(lastTerminateOrJoin[label] ?? events[i].t, events[i].t) }
            case .poolClose:
                if let label = events[i].object { lastClose[label] = max(lastClose[label] ?? events[i].t, events[i].t) }
            case .processReaped:
                if let child = events[i].childPid, reapedAt[child] == nil { reapedAt[child] = events[i].t }
            default:
                break
            }
        }
    }
}
