import TutorCore

extension HangExplainer {
    /// A Pool result call (`map()`, `get()`, ...) waits on a pool whose workers all died in its initializer: no task
    /// ever started, and the pool keeps replacing them (it never fails the call). Asked of the state at the moment.
    func initializerDeaths(_ blocked: [BlockedCall], state: RunState) -> [(text: String, premise: NotePremise)] {
        let events = timeline.events
        return blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case let .result(written, _) = call.target, let begin = events.last(where: {
                $0.is(.poolWait) && $0.pid == call.pid && $0.thread == call.thread && $0.t == call.since
            }), let label = begin.object, let pool = state.pools.first(where: { $0.label == label }),
                  let deaths = StateQueries.initializerDeaths(of: pool) else { return nil }
            let now = pool.initializing.isEmpty ? ""
                : Phrase.hangInitNow.text(["names": pool.initializing.joined(separator: Phrase.evComma.text())])
            let text = Phrase.hangInitFailed.text(["who": call.who, "what": call.what, "t": Format.seconds(call.since), "pool": label,
                                                   "failed": deaths.failed, "func": pool.initFunction ?? "?",
                                                   "error": pool.initError ?? Phrase.evAnException.text(), "n": deaths.replaced,
                                                   "now": now, "call": call.iterated.map { Phrase.evIterationThis.text(["method": $0]) } ?? written])
            return (text, .initializerDeaths(step: moment, pid: call.pid, thread: call.thread, pool: label,
                                             failed: deaths.failed, replaced: deaths.replaced))
        }
    }
}
