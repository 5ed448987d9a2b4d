import TutorCore

extension Lane {
    /// Threads of one process whose short labels would be the same (several `Thread-N (count_doc)` threads with one
    /// target all read "ForkProcess-2 · count_doc") name their threads in full, so each row says which thread it is
    /// (round 33T, r33t_manager_dict_threads). Threads whose short labels differ keep them, and so do multiprocessing's
    /// own threads (a manager's `handle_request` threads, hidden and counted together as "handle_request ×15"). The
    /// whole label is compared: threads the program renamed are told apart by their names already (gaps 31A).
    static func nameRepeatedLabelsInFull(_ lanes: inout [Lane]) {
        var seen: [String: Int] = [:]
        for lane in lanes where !lane.isMainThread && !lane.isInfrastructureThread { seen["\(lane.pid)|\(lane.label)", default: 0] += 1 }
        guard seen.values.contains(where: { $0 > 1 }) else { return }
        for i in lanes.indices where !lanes[i].isMainThread && !lanes[i].isInfrastructureThread && lanes[i].thread != TraceEvent.threadRole(of: lanes[i].thread) {
            if seen["\(lanes[i].pid)|\(lanes[i].label)", default: 0] > 1 { lanes[i].namesThreadInFull = true }
        }
    }
}
