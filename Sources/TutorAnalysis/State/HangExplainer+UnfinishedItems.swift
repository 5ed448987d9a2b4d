import TutorCore

extension HangExplainer {
    /// A JoinableQueue's join() waits until every item put is marked done; the records count the puts and the
    /// task_done() calls, and name who took items without marking them all (round 10A: a worker that skips
    /// task_done() for some items, r10a_joinable_forgot_task_done).
    func unfinishedItems(_ blocked: [BlockedCall], state: RunState) -> [(text: String, premise: NotePremise)] {
        blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case let .queueJoin(label) = call.target,
                  let figures = StateQueries.unfinishedItems(of: label, through: moment, in: timeline, state: state) else { return nil }
            var takers = figures.takers.map { taker in
                (taker.ended ? Phrase.hangItemsTakerEnded : Phrase.hangItemsTaker)
                    .text(["who": taker.who,
                           "got": (taker.got == 1 ? Phrase.countItemOne : Phrase.countItems).text(["n": taker.got]),
                           "done": (taker.done == 1 ? Phrase.countTimesOne : Phrase.countTimes).text(["n": taker.done])])
            }
            if figures.neverGot > 0 {
                takers.append((figures.neverGot == 1 ? Phrase.countItemOne : Phrase.countItems).text(["n": figures.neverGot])
                              + Phrase.hangItemsNeverGot.text())
            }
            let text = Phrase.hangUnfinishedItems.text(["who": call.who, "queue": label, "put": figures.put, "done": figures.done,
                                                        "left": figures.unfinished, "takers": takers.joined(separator: Phrase.listSeparator.text())])
            return (text, .all([.blocked(step: moment, pid: call.pid, thread: call.thread),
                                .unfinishedItems(step: moment, queue: label, put: figures.put, done: figures.done)]))
        }
    }
}
