import TutorCore

extension GenericRules {
    /// Items a Manager queue still held when every process of the run had ended, which no get() took (the lead, session
    /// 16): a Manager queue lives in the manager's server process, and its items go when that process ends. One note per
    /// queue, at the run's last event; the items named when the record tells them apart, else only counted.
    func managerQueueLeftovers() -> [Note] {
        guard !timeline.indices(of: .managerCall).isEmpty, let last = events.indices.last else { return [] }
        return StateQueries.managerQueueLeftovers(in: replayer).prefix(Self.perRule).compactMap { left in
            var items = Phrase.noteManagerQueueItemsUntold.text([:])
            if let steps = left.left {
                items = steps.prefix(4).map { step in
                    Phrase.noteQueueItemLeftBy.text(["item": String((events[step].args ?? "(?,)").dropFirst().dropLast(2)),
                                                     "who": StateQueries.who(events[step]), "t": Format.seconds(events[step].t)])
                }.joined(separator: Phrase.listSeparator.text()) + (steps.count > 4 ? Phrase.noteQueueItemsLeftMore.text(["n": steps.count - 4]) : "")
            }
            let text = Phrase.noteManagerQueueItemsLeft.text(["object": left.queue, "n": left.count, "items": items,
                                                              "puts": left.puts.count, "gets": left.gets])
            return note(last, .managerQueueItemsLeft, text,
                        premise: .managerQueueItemsLeft(queue: left.queue, puts: left.puts.count, gets: left.gets))
        }
    }
}
