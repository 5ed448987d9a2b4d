import TutorCore

extension GenericRules {
    /// A ProcessPoolExecutor result read late because its manager thread was running done-callbacks (gaps 14A,
    /// r13f_done_callback_slow: "result of work item 1 arrives" 356 ms after the worker sent it, while that thread ran
    /// the 400 ms callback of work item 0). One note, at the first such read, with how many more the record shows.
    func callbackHolds() -> [Note] {
        let holds = StateQueries.callbackHolds(in: events)
        guard let hold = holds.first else { return [] }
        let result = events[hold.resultStep], end = events[hold.endStep]
        let runs = hold.callbacks.map { events[$0] }
        let names = runs.map { Phrase.noteCallbackHoldOne.text(["func": $0.function ?? "?", "work": $0.int(EventField.work) ?? 0]) }
        let more = holds.count > 1 ? Phrase.noteCallbackHoldMore.text(["n": holds.count - 1]) : ""
        let text = Phrase.noteCallbackHold.text([
            "work": result.int(EventField.work) ?? 0, "late": Format.duration(ns: result.t - end.t), "worker": end.process,
            "sent": Format.seconds(end.t), "executor": result.object ?? "?", "busy": Format.duration(ns: hold.busyNs),
            "callbacks": names.joined(separator: Phrase.listSeparator.text()), "more": more])
        return [note(hold.resultStep, .callbackHeldResult, text, premise: .callbackHeldResult(hold, count: holds.count))].compactMap { $0 }
    }
}
