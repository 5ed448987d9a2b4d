import TutorCore

extension StateQueries {
    /// Items a queue still held when the run ended, which no get() took: the put events that left them (gaps 15A).
    struct QueueLeftover: Equatable {
        let queue: String
        /// Its type: a SimpleQueue has no feeder thread (its put() writes into the pipe itself).
        let type: String
        /// The `queue.put` steps of the items left, oldest first.
        let puts: [Int]
    }

    /// The queues that held items at the end of a run in which every process had ended (the resource tracker and the
    /// fork server aside), no event was lost, and no
    /// get() was still waiting; only the items the record shows in the queue's pipe are counted: put by a process
    /// that then ran multiprocessing's exit cleanup (which waits for a Queue's feeder thread to write what put() handed
    /// it) and ended by no signal, with no `os._exit()` of the program's own and no `cancel_join_thread()` on that
    /// queue. An item dropped by the feeder (`queue.put.dropped`) is no longer in the state model's queue at all. A queue
    /// whose items the counts of its puts, gets and drops do not match is left out.
    static func queueLeftovers(in replayer: StateReplayer) -> [QueueLeftover] {
        let timeline = replayer.timeline
        let events = timeline.events
        guard let last = events.indices.last, timeline.lostEvents == 0 else { return [] }
        // puts − gets − drops per queue, from the kind index: a run whose queues all came out even (most runs) needs no
        // state replay and no pass over every event
        var balance: [String: Int] = [:]  // the state's items must agree with it
        for i in timeline.indices(of: .queuePut) where events[i].string(EventField.error) == nil { balance[events[i].object ?? "", default: 0] += 1 }
        for i in timeline.indices(of: .queueGet) where events[i].string(EventField.error) == nil { balance[events[i].object ?? "", default: 0] -= 1 }
        for i in timeline.indices(of: .queuePutDropped) { balance[events[i].object ?? "", default: 0] -= 1 }
        guard balance.values.contains(where: { $0 > 0 }) else { return [] }
        let state = replayer.state(after: last)
        // the resource tracker and the fork server, helpers that read no queue of the program's, may outlive the record
        // (their ends are not recorded under spawn and forkserver): only the program's own processes must have ended
        let own = state.processes.filter { $0.role != "resource_tracker" && $0.role != "forkserver" }
        guard !own.isEmpty, own.allSatisfy({ !$0.isAlive }) else { return [] }
        let flushed = Set(state.processes.filter { ($0.exitCode ?? -1) >= 0 }.map(\.pid))
        var ranCleanup: Set<Int32> = [], ownExit: Set<Int32> = [], cancelled: Set<String> = []
        for e in events {
            switch e.known {
            case .processRunEnd?: ranCleanup.insert(e.pid)
            case .processExit? where e.string(EventField.via) == nil && e.string(EventField.observedBy) != nil: ranCleanup.insert(e.pid)
            case .queueCancelJoin?: cancelled.insert("\(e.pid) \(e.object ?? "")")
            default: break
            }
            if e.string(EventField.via)?.contains("os._exit") == true { ownExit.insert(e.pid) }
        }
        let neverWritten = putsBehindExitDrops(in: timeline)
        return state.queues.compactMap { queue -> QueueLeftover? in
            // a get stamped before its put leaves the state an item the counts do not: then say nothing
            guard queue.blockedGetters.isEmpty, queue.items.count == balance[queue.label] else { return nil }
            let puts = queue.items.map(\.putEvent).filter { step in
                guard events.indices.contains(step), !neverWritten.contains(step) else { return false }
                let put = events[step]
                return put.is(.queuePut) && put.string(EventField.error) == nil && flushed.contains(put.pid)
                    && ranCleanup.contains(put.pid) && !ownExit.contains(put.pid) && !cancelled.contains("\(put.pid) \(queue.label)")
            }
            return puts.isEmpty ? nil : QueueLeftover(queue: queue.label, type: queue.type, puts: puts)
        }
    }
}
