import TutorCore

extension GenericRules {
    /// Round 36T: a Pool `get(timeout)` (or `wait()`, `map()` ...) that gave up while no task of its pool had ever
    /// started, because every worker the pool had started died in its initializer. The row said only that the timeout
    /// ran out; the watchdog's hang note says the cause for a wait with no timeout (`HangExplainer.initializerDeaths`),
    /// but a wait that a timeout ended had none. The cause is asked of the state at the step before the give-up, while
    /// the call was still blocked (premise `initializerDeaths`, the hang note's).
    func timeoutsOnInitializerDeaths() -> [Note] {
        var notes: [Note] = []
        var told = Set<String>()       // one note per pool: a loop of short get(timeout)s polls the same one
        for index in timedOutGets() where index > 0 && notes.count < Self.perRule {
            let e = events[index]
            guard let label = e.object, !told.contains(label), let wait = ownWait(before: index),
                  let timeout = events[wait].fields[EventField.timeout]?.doubleValue, timeout.isFinite else { continue }
            let state = replayer.state(after: index - 1)
            guard let pool = state.pools.first(where: { $0.label == label }),
                  let deaths = StateQueries.initializerDeaths(of: pool) else { continue }
            let text = Phrase.noteTimeoutInitDeaths.text([
                "pool": label, "func": pool.initFunction ?? "?", "error": pool.initError ?? Phrase.evAnException.text(),
                "failed": deaths.failed, "n": deaths.replaced])
            let premise = NotePremise.initializerDeaths(step: index - 1, pid: e.pid, thread: e.thread, pool: label,
                                                        failed: deaths.failed, replaced: deaths.replaced)
            if let made = note(index, .timeoutOnInitializerDeaths, text, premise: premise) {
                notes.append(made)
                told.insert(label)
            }
        }
        return notes
    }
}

private extension GenericRules {
    /// The get's own wait: the previous event of its thread, when it is a `pool.wait`.
    func ownWait(before index: Int) -> Int? {
        let e = events[index]
        var i = index - 1
        while i >= 0, index - i <= 4096 {
            if events[i].pid == e.pid, events[i].thread == e.thread { return events[i].is(.poolWait) ? i : nil }
            i -= 1
        }
        return nil
    }
}
