import TutorCore

extension GenericRules {
    /// A Pool result read late because its result handler thread was running callbacks (gaps 16A): one note, at the
    /// first such read, with how many more the record shows; its premise asks `poolCallbackHold` again.
    func poolCallbackHolds() -> [Note] {
        guard timeline.indices(of: .poolCallback).first != nil else { return [] }     // no callback: nothing held
        let holds = StateQueries.poolCallbackHolds(in: timeline)
        guard let hold = holds.first else { return [] }
        let result = events[hold.resultStep], end = events[hold.endStep]
        let names = hold.callbacks.map { events[$0] }.map {
            Phrase.noteCallbackHoldPoolOne.text(["func": $0.function ?? "?", "task": TaskNameText.of(job: $0.job ?? 0, index: 0)])
        }
        let more = holds.count > 1 ? Phrase.noteCallbackHoldMore.text(["n": holds.count - 1]) : ""
        let text = Phrase.noteCallbackHoldPool.text([
            "task": TaskNameText.of(job: result.job ?? 0, index: result.index ?? 0), "late": Format.duration(ns: result.t - end.t),
            "worker": end.process, "sent": Format.seconds(end.t), "pool": result.object ?? "?",
            "busy": Format.duration(ns: hold.busyNs), "callbacks": names.joined(separator: Phrase.listSeparator.text()), "more": more])
        return [note(hold.resultStep, .callbackHeldResult, text, premise: .poolCallbackHeldResult(hold, count: holds.count))].compactMap { $0 }
    }
}
