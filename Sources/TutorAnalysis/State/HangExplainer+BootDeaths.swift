import TutorCore

extension HangExplainer {
    /// A Pool result call waits on a pool whose workers all ended before run() began (round 38S: no `__main__` guard
    /// under spawn or forkserver: each worker re-runs the program's top level while importing it, its Pool()/start()
    /// there raises, and it exits): no task ever started, and the pool keeps replacing the workers without ever failing
    /// the call. Without this the watchdog's "Why:" only repeated the wait ("waits in map() … since 0.561 s").
    func bootDeaths(_ blocked: [BlockedCall], state: RunState) -> [(text: String, premise: NotePremise)] {
        let events = timeline.events
        guard events.indices.contains(moment) else { return [] }
        return blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case let .result(written, _) = call.target, let begin = events.last(where: {
                $0.is(.poolWait) && $0.pid == call.pid && $0.thread == call.thread && $0.t == call.since
            }), let label = begin.object, let pool = state.pools.first(where: { $0.label == label }),
                  pool.tasksStarted == 0, pool.initsFailed == 0,
                  let deaths = StateQueries.bootDeaths(of: label, at: events[moment].t, through: moment, in: timeline,
                                                       replayer: replayer) else { return nil }
            let values = ["who": call.who, "what": call.what, "t": Format.seconds(call.since),
                          "call": call.iterated.map { Phrase.evIterationThis.text(["method": $0]) } ?? written]
            let text = Phrase.hangBootDeaths.text(in: Language.current,
                                                  filling: values.merging(Self.bootDeathFigures(deaths, pool: pool)) { a, _ in a })
            let waits = NotePremise.blocked(step: moment, pid: call.pid, thread: call.thread)
            return (text, deaths.startError.map { .all([waits, .startWhileImportingMain(step: $0)]) } ?? waits)
        }
    }

    /// The figures both boot-death sentences fill (the hang note's and the timed wait's): the pool, how many workers
    /// ended, their exit codes, the main file, the start() clause when the record has it, the workers started beyond the size.
    static func bootDeathFigures(_ deaths: StateQueries.BootDeaths, pool: RunState.Pool) -> [String: String] {
        ["pool": pool.label, "failed": String(deaths.ended),
         "codes": deaths.codes.map(String.init).joined(separator: Phrase.listComma.text()), "main": deaths.main,
         "start": deaths.startError.map { _ in Phrase.hangBootDeathsStart.text() } ?? "",
         "n": String(max(0, pool.workersSpawned - Int(pool.size ?? Int64(pool.workersSpawned))))]
    }
}
