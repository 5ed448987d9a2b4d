import TutorCore

/// What an imap()/imap_unordered() job of a pool was given and what became of it.
public struct ImapCounts: Equatable, Sendable {
    public var job: Int64
    public var method: String
    /// The items and chunks the task handler read from the input and sent (`pool.imap.given`).
    public var items: Int64
    public var chunks: Int64
    /// Chunks a worker started (`pool.task.start`, each chunk once).
    public var started: Int
    /// Results that had come back and were not read when the pool ended (`pool.imap.unread`); nil when not recorded.
    public var unread: Int64?
    /// Gaps 14A: counted again when the program let go of the imap result or its process ended (`pool.imap.left`): the
    /// results it took after the pool's end, and those it never took; nil when not recorded.
    public var readAfter: Int64?
    public var neverRead: Int64?
    /// Round 24: chunks the task handler could not send (a `pool.result` it set itself, with the exception), and results
    /// that came back from a worker (every other `pool.result` of the job).
    public var notSent: Int = 0
    public var returned: Int = 0
    /// The unread results counted at the pool's end were all errors the task handler set: no worker sent any back.
    public var unreadAllUnsent: Bool { notSent > 0 && returned == 0 }
}

extension StateQueries {
    /// Each imap/imap_unordered job of `pool` whose whole input the task handler read, in submission order.
    public static func imapCounts(of pool: String, in timeline: Timeline) -> [ImapCounts] {
        let events = timeline.events
        // Perf 35: the pool's imap submissions first; a pool without one (most) makes no job scope.
        let submits = timeline.indices(of: .poolSubmit).filter { i in
            guard events[i].object == pool, events[i].job != nil, let method = events[i].method else { return false }
            return method == "imap" || method == "imap_unordered"
        }
        guard !submits.isEmpty else { return [] }
        // One pool's jobs come from one process, so its events name a job by its number. Each process numbers its jobs
        // from its own counter, though: a task of the pool whose worker made this one (a nested pool's maker is its
        // parent pool's worker) may have the same number, and a task is told apart by its job's key (gaps 17B).
        let scope = JobScope(events, timeline.kindIndex.covers(events.count) ? timeline.kindIndex : EventKindIndex(events),
                             membership: timeline.poolOfWorker)
        var found: [ImapCounts] = [], at: [Int64: Int] = [:], pid: [Int64: Int32] = [:], key: [Int64: Int64] = [:]
        for i in submits {
            let e = events[i]
            guard let job = e.job, let method = e.method else { continue }
            at[job] = found.count
            pid[job] = e.pid
            key[job] = scope.key(job, of: e)
            found.append(ImapCounts(job: job, method: method, items: 0, chunks: -1, started: 0, unread: nil, readAfter: nil,
                                    neverRead: nil))
        }
        guard !found.isEmpty else { return [] }
        var startedChunks: [Int64: Set<Int64>] = [:]
        for i in timeline.indices(of: .poolImapGiven, .poolImapUnread, .poolImapLeft, .taskStart) {
            let e = events[i]
            guard let job = e.job, let k = at[job] else { continue }
            switch e.known {
            case .poolImapGiven where e.object == pool:
                found[k].items = e.int(EventField.items) ?? 0
                found[k].chunks = e.chunks ?? 0
            case .poolImapUnread where e.object == pool:
                found[k].unread = e.int(EventField.unread)
            case .poolImapLeft where e.object == pool:
                found[k].readAfter = e.int(EventField.readAfter)
                found[k].neverRead = e.int(EventField.unread)
            case .taskStart where (timeline.poolOfWorker[e.pid] == pool || e.pid == pid[job]) && scope.key(job, of: e) == key[job]:
                startedChunks[job, default: []].insert(e.index ?? 0)
            default:
                break
            }
        }
        // Perf 35: every job's results in one pass over the pool's results (`imapResults` per job read them all each time).
        var sent: [Int64: (notSent: Int, returned: Int)] = [:]
        for i in timeline.indices(of: .poolResult) where events[i].object == pool {
            guard let job = events[i].job, at[job] != nil else { continue }
            if events[i].ok == false && events[i].threadRole == "_handle_tasks" { sent[job, default: (0, 0)].notSent += 1 } else {
                sent[job, default: (0, 0)].returned += 1
            }
        }
        for k in found.indices {
            found[k].started = startedChunks[found[k].job]?.count ?? 0
            found[k].notSent = sent[found[k].job]?.notSent ?? 0
            found[k].returned = sent[found[k].job]?.returned ?? 0
        }
        return found.filter { $0.chunks >= 0 }
    }

    /// Gaps 14A: the later count (`pool.imap.left`) of an imap job of `pool` that had results unread at the pool's end:
    /// how many the program read after that end and how many it never read; nil when not recorded (a fork child's
    /// imap result held to its end, or a run by an older tracer).
    public static func imapLeft(of pool: String, job: Int64, in timeline: Timeline) -> (read: Int64, never: Int64)? {
        let events = timeline.events
        for i in timeline.indices(of: .poolImapLeft) where events[i].object == pool && events[i].job == job {
            guard let read = events[i].int(EventField.readAfter), let never = events[i].int(EventField.unread) else { return nil }
            return (read, never)
        }
        return nil
    }

    /// Round 24: of an imap job's results recorded before `index`, those the task handler set because it could not send
    /// their chunk (`pool.result` from its `_handle_tasks` thread, not ok) and those a worker sent back. A pool's label
    /// names one pool, and its jobs come from the one process that made it.
    public static func imapResults(of pool: String, job: Int64, before index: Int, in timeline: Timeline) -> (notSent: Int, returned: Int) {
        let events = timeline.events
        var notSent = 0, returned = 0
        for i in timeline.indices(of: .poolResult) where i < index && events[i].object == pool && events[i].job == job {
            if events[i].ok == false && events[i].threadRole == "_handle_tasks" { notSent += 1 } else { returned += 1 }
        }
        return (notSent, returned)
    }
}
