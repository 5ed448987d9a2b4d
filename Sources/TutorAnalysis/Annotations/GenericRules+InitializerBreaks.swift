import TutorCore

extension GenericRules {
    /// The note of a ProcessPoolExecutor that broke because its initializer raised in its workers (round 7A): no worker
    /// died inside a work item, so the plain "marked itself broken" hid the cause. Nil when the record shows no such
    /// worker (`StateQueries.initializerFailures`).
    func initializerBroke(_ index: Int) -> Note? {
        let ends = StateQueries.initializerFailures(before: index, in: events)
        guard let first = ends.first else { return nil }
        let census = ProcessCensus(timeline)
        let workers = ends.map { i -> String in
            let pid = events[i].pid
            let code = census.members.first { $0.pid == pid }?.exitCode
            return Phrase.noteInitWorkerEnded.text(["worker": events[i].process, "code": code.map(String.init) ?? "?"])
        }
        let broken = events[index], pending = broken.pending ?? 0
        let text = Phrase.noteExecutorInitializerBroke.text([
            "func": events[first].string(EventField.function) ?? "?", "error": events[first].string(EventField.error) ?? "?",
            "workers": Phrase.andList(workers), "object": broken.object ?? "ProcessPoolExecutor",
            "pending": pending, "n": pending]) + stillRunningText(index)
        let plain = (NoteKind.brokenExecutorPlain, Phrase.noteBrokenPlain.text(["object": broken.object ?? "ProcessPoolExecutor",
                                                                              "pending": pending, "n": pending]))
        return note(index, .brokenExecutor, text, premise: .initializerBroke(brokenStep: index, initEnds: ends), fallback: plain)
    }
}

private extension GenericRules {
    /// Workers of the same executor whose initializer had raised too but that had not ended when it broke: the note
    /// named only the ended ones, and the terminate() that follows reads as ending healthy workers (round 30F).
    func stillRunningText(_ broken: Int) -> String {
        let raised = StateQueries.initializerFailuresNotEnded(before: broken, in: events)
        guard !raised.isEmpty else { return "" }
        let items = raised.map { Phrase.noteInitRaisedNotEndedItem.text(["worker": events[$0].process, "t": Format.seconds(events[$0].t)]) }
        return Phrase.noteInitRaisedNotEnded.text(["workers": Phrase.andList(items)])
    }
}
