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

    /// How many jobs `pool` (in process `pid`) had been given before event `index` whose results had not all come
    /// back: a job is done once as many results as its chunks came; an imap's chunks are known only once its task
    /// handler has read its whole input (`pool.imap.given`), so before that it counts as unfinished.
    func unfinishedPoolJobs(before index: Int, pid: Int32, pool: String) -> Int {
        var chunks: [Int64: Int64?] = [:], results: [Int64: Int64] = [:]
        for i in timeline.indices(of: .poolSubmit, .poolImapGiven, .poolResult) {
            guard i < index else { break }
            let x = timeline.events[i]
            guard x.pid == pid, x.object == pool, let job = x.job else { continue }
            switch x.known {
            case .poolSubmit?: chunks[job] = .some(x.chunks)
            case .poolImapGiven?: if chunks[job] != nil { chunks[job] = .some(x.chunks) }
            default: results[job, default: 0] += 1
            }
        }
        return chunks.reduce(0) { n, job in
            guard let total = job.value else { return n + 1 }
            return n + ((results[job.key] ?? 0) < total ? 1 : 0)
        }
    }
}
