import TutorCore

extension StateQueries {
    /// The exception type an imap()/imap_unordered() job's input iterable raised, when a worker of `pool` started the
    /// chunk the pool made of it (`multiprocessing.pool._helper_reraises_exception`, whose one argument is the
    /// exception: the tracer writes it `(<ValueError>,)`). That chunk holds no item, so `pool.imap.given` counts one
    /// chunk more than its items fill (round 32H, r32h_imap_reader_generator_raises: "4 item(s) in 5 chunk(s)").
    /// Nil when no such chunk started (the pool may have ended first: then nothing on record says it was made).
    /// Read from `Timeline.imapReraises` (gaps 33D: asked per job, by the row of each job's `pool.imap.given` and the
    /// summary's line, a scan of every task start per job was quadratic in a run of many imap jobs).
    public static func imapReraisedInput(of pool: String, job: Int64, in timeline: Timeline) -> String? {
        if let index = timeline.imapReraises { return index[ImapReraiseKey(pool: pool, job: job)] }
        let events = timeline.events
        for i in timeline.indices(of: .taskStart) {
            if let error = reraisedError(events[i]), timeline.poolOfWorker[events[i].pid] == pool, events[i].job == job { return error }
        }
        return nil
    }

    /// Every started re-raising chunk's exception type by pool and job, the first in time order of each (what the scan
    /// of `imapReraisedInput` finds): made once by `TimelineBuilder`.
    static func imapReraises(_ events: [TraceEvent], taskStarts: [Int], membership: [Int32: String]) -> [ImapReraiseKey: String] {
        var found: [ImapReraiseKey: String] = [:]
        for i in taskStarts {
            guard let error = reraisedError(events[i]), let job = events[i].job, let pool = membership[events[i].pid] else { continue }
            let key = ImapReraiseKey(pool: pool, job: job)
            if found[key] == nil { found[key] = error }
        }
        return found
    }
}

private extension StateQueries {
    /// The exception type of a started `_helper_reraises_exception` chunk, nil for any other task start.
    static func reraisedError(_ e: TraceEvent) -> String? {
        guard e.function == "_helper_reraises_exception", let args = e.args, args.hasPrefix("(<"),
              let close = args.firstIndex(of: ">") else { return nil }
        let error = String(args[args.index(args.startIndex, offsetBy: 2)..<close])
        return error.isEmpty ? nil : error
    }
}
