import TutorCore

extension GenericRules {
    /// A daemon multiprocessing's exit function terminated while it had an item in hand: its last get on its main thread
    /// had no later get and no end of run() after it (round 33, r33_daemon_uploader_cut: the item the uploader was working
    /// on when the SIGTERM came was named nowhere; note ② lists only the items still in the queue). Said at the row where
    /// its parent sees it end, from the state there (`RunState.cutAtExit`).
    func daemonsCutMidItem() -> [Note] {
        var notes: [Note] = []
        for index in timeline.indices(of: .processReaped) where notes.count < Self.perRule {
            let event = events[index]
            guard event.exitCode == -15, let child = event.childPid,
                  let cut = timeline.indices(of: .processTerminate).last(where: { $0 < index && events[$0].bool(EventField.atExit) == true
                      && events[$0].int(EventField.childPid).map { Int32(clamping: $0) } == child }) else { continue }
            let state = replayer.state(after: index)
            guard let taken = state.cutAtExit.taken[child], taken.step < cut else { continue }
            let name = event.string(EventField.name) ?? "the daemon"
            // what it recorded between that get and the SIGTERM: none of it a get or run()'s end (the state says so)
            let after = events[(taken.step + 1)..<cut].filter { $0.pid == child }
            let afterWords = after.last.map { Phrase.noteCutMidItemSomeAfter.text(["n": after.count, "last": Format.seconds($0.t)]) }
                ?? Phrase.noteCutMidItemNothingAfter.text()
            let text = Phrase.noteCutMidItem.text(["name": name, "cut": Format.seconds(events[cut].t), "item": taken.item,
                                                   "queue": taken.queue, "t": Format.seconds(taken.t), "after": afterWords])
            let premise = NotePremise.all([.signalSent(childPid: child, call: StateQueries.exitTerminate, beforeStep: index),
                                           .cutMidItem(step: index, pid: child, getStep: taken.step)])
            if let made = note(index, .cutMidItem, text, premise: premise) { notes.append(made) }
        }
        return notes
    }
}
