import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The row of a Pool's `close()`: when tasks it was given had not all come back by then, it says they still run.
    /// close() only refuses new work (`_state = CLOSE`): the task handler goes on sending what is queued and the worker
    /// handler keeps the workers until the pool's cache is empty (round 26F: ten apply_async() then close() read as if
    /// close() stopped something).
    func poolCloseRow(_ index: Int, _ e: TraceEvent, _ object: String) -> String {
        let owed = unfinishedPoolJobs(before: index, pid: e.pid, pool: object)
        switch owed {
        case 0: return "\(object).close()"
        case 1: return Phrase.evPoolCloseOwedOne.text(["object": object])
        default: return Phrase.evPoolCloseOwedMany.text(["object": object, "count": String(owed)])
        }
    }

    /// How many jobs `pool` (in process `pid`) had been given before event `index` with a chunk not yet run: a chunk
    /// counts as run once a worker of that process ended it (`pool.task.end`) or its result came back (a chunk the task
    /// handler could not send has only the latter); a result still on its way is not work still to run (g10a: every
    /// chunk of task 1 had ended, one result was in the pipe). An imap's chunks are known only once its task handler has
    /// read its whole input (`pool.imap.given`), and recordings older than that event never say: while one imap's count
    /// is unknown the answer is 0 (the short row), not a count that could be wrong (pool_imap_both read its two imaps
    /// to the end before close(), in a recording without `pool.imap.given`). Job numbers come from one counter per
    /// process (multiprocessing.pool's `job_counter`), so a worker's job number names one job of that process.
    func unfinishedPoolJobs(before index: Int, pid: Int32, pool: String) -> Int {
        var chunks: [Int64: Int64?] = [:], ran: [Int64: Set<Int64>] = [:]
        for i in timeline.indices(of: .poolSubmit, .poolImapGiven, .poolResult, .taskEnd) {
            guard i < index else { break }
            let x = timeline.events[i]
            guard let job = x.job else { continue }
            if x.known == .taskEnd {
                if x.ppid == pid, let at = x.index { ran[job, default: []].insert(at) }
                continue
            }
            guard x.pid == pid, x.object == pool else { continue }
            switch x.known {
            case .poolSubmit?: chunks[job] = .some(x.chunks)
            case .poolImapGiven?: if chunks[job] != nil { chunks[job] = .some(x.chunks) }
            default: if let at = x.index { ran[job, default: []].insert(at) }
            }
        }
        var owed = 0
        for (job, total) in chunks {
            guard let total else { return 0 }
            if Int64(ran[job]?.count ?? 0) < total { owed += 1 }
        }
        return owed
    }
}
