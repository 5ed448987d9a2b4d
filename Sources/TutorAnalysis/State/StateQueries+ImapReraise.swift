import TutorCore

extension StateQueries {
    /// The exception type an imap()/imap_unordered() job's input iterable raised, when a worker of `pool` started the
    /// chunk the pool made of it (`multiprocessing.pool._helper_reraises_exception`, whose one argument is the
    /// exception: the tracer writes it `(<ValueError>,)`). That chunk holds no item, so `pool.imap.given` counts one
    /// chunk more than its items fill (round 32H, r32h_imap_reader_generator_raises: "4 item(s) in 5 chunk(s)").
    /// Nil when no such chunk started (the pool may have ended first: then nothing on record says it was made).
    public static func imapReraisedInput(of pool: String, job: Int64, in timeline: Timeline) -> String? {
        let events = timeline.events
        for i in timeline.indices(of: .taskStart) {
            let e = events[i]
            guard e.job == job, e.function == "_helper_reraises_exception", timeline.poolOfWorker[e.pid] == pool,
                  let args = e.args, args.hasPrefix("(<"), let close = args.firstIndex(of: ">") else { continue }
            let error = String(args[args.index(args.startIndex, offsetBy: 2)..<close])
            if !error.isEmpty { return error }
        }
        return nil
    }
}
