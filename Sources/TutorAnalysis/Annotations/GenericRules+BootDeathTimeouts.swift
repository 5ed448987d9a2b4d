import TutorCore

extension GenericRules {
    /// Round 38S: a Pool `get(timeout)` (or `wait()`, `map()` ...) that gave up while no task of its pool had started,
    /// because every worker the pool had started ended before run() began (no `__main__` guard under spawn or
    /// forkserver: r26s_pool_at_import). The row said only that the timeout ran out. Round 36T's rule says this for
    /// workers that died in the initializer; this one for workers that died importing the main module. The cause is asked
    /// of the record at the step before the give-up, while the call was still blocked.
    func timeoutsOnBootDeaths() -> [Note] {
        var notes: [Note] = []
        var told = Set<String>()       // one note per pool: a loop of short get(timeout)s polls the same one
        for index in timedOutGets() where index > 0 && notes.count < Self.perRule {
            let e = events[index]
            guard let label = e.object, !told.contains(label) else { continue }
            let state = replayer.state(after: index - 1)
            guard let pool = state.pools.first(where: { $0.label == label }), pool.tasksStarted == 0, pool.initsFailed == 0,
                  state.blocked.contains(where: { $0.pid == e.pid && $0.thread == e.thread }),
                  let deaths = StateQueries.bootDeaths(of: label, at: events[index - 1].t, through: index - 1, in: timeline,
                                                       replayer: replayer) else { continue }
            let text = Phrase.noteTimeoutBootDeaths.text(in: Language.current,
                                                         filling: HangExplainer.bootDeathFigures(deaths, pool: pool))
            let waits = NotePremise.blocked(step: index - 1, pid: e.pid, thread: e.thread)
            let premise = deaths.startError.map { NotePremise.all([waits, .startWhileImportingMain(step: $0)]) } ?? waits
            if let made = note(index, .timeoutOnBootDeaths, text, premise: premise) {
                notes.append(made)
                told.insert(label)
            }
        }
        return notes
    }
}
