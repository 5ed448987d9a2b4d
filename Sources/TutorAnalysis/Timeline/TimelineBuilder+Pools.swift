import TutorCore

extension TimelineBuilder {
    /// Which pool started each worker process. A pool starts its first workers inside `Pool()` (stamped
    /// before its `pool.create`), and replacements from its own `_handle_workers` thread; a pid's spawns are
    /// attributed to the pool being built, or to the pool whose handler thread made them; those a `Pool()` that raised
    /// had started (its `pool.create.error`'s `started`), to none.
    static func poolMembership(_ events: [TraceEvent]) -> [Int32: String] {
        var membership: [Int32: String] = [:]
        var building: [Int32: (label: String, left: Int64)] = [:]   // parent pid → pool still starting workers
        var handlerOf: [String: String] = [:]                      // "pid|thread name" → pool
        var lastPool: [Int32: String] = [:]
        // By index: only the events of the three kinds are copied out of the array.
        for i in events.indices {
            switch events[i].known {
            case .poolCreate, .poolCreateError, .threadStart, .processSpawn: break
            default: continue
            }
            let e = events[i]
            switch e.known {
            case .poolCreate:
                guard let label = e.object else { continue }
                building[e.pid] = (label, max(0, e.int(EventField.processes) ?? 0))
                lastPool[e.pid] = label
            case .poolCreateError:
                // gaps 31C: the workers a Pool() that raised had started belong to no pool (not to an earlier one)
                building[e.pid] = ("", max(0, min(e.int(EventField.started) ?? 0, 100_000)))
            case .threadStart:
                if let name = e.name, name.contains("_handle_workers"), let pool = lastPool[e.pid] {
                    handlerOf["\(e.pid)|\(name)"] = pool
                }
            case .processSpawn:
                guard let child = e.int(EventField.childPid).map(Int32.init), (e.name ?? "").contains("PoolWorker") else { continue }
                if let pool = handlerOf["\(e.pid)|\(e.thread)"] {
                    membership[child] = pool
                } else if let b = building[e.pid], b.left > 0 {
                    if !b.label.isEmpty { membership[child] = b.label }
                    building[e.pid]?.left -= 1
                } else if let pool = lastPool[e.pid] {
                    membership[child] = pool
                }
            default:
                break
            }
        }
        return membership
    }
}
