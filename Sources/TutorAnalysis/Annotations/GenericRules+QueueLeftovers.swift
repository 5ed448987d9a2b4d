import TutorCore

extension GenericRules {
    /// Items a queue still held when every process of the run had ended, which no get() took (gaps 15A; round 14's
    /// r14_queue_listener_stopped_early: the listener was stopped before the slow child logged, and only the summary's
    /// "3 puts, 2 gets" said that its record stayed in the queue). One note per queue, at the run's last event.
    func queueLeftovers() -> [Note] {
        let leftovers = StateQueries.queueLeftovers(in: replayer)
        guard let last = events.indices.last else { return [] }
        return leftovers.prefix(Self.perRule).compactMap { left in
            let items = left.puts.prefix(4).map { step in
                Phrase.noteQueueItemLeftBy.text(["item": events[step].item ?? "?", "who": StateQueries.who(events[step]),
                                                 "t": Format.seconds(events[step].t)])
            }
            let more = left.puts.count > 4 ? Phrase.noteQueueItemsLeftMore.text(["n": left.puts.count - 4]) : ""
            let phrase: Phrase = left.type == "SimpleQueue" ? .noteSimpleQueueItemsLeft : .noteQueueItemsLeft
            let text = phrase.text(["object": left.queue, "n": left.puts.count,
                                                       "items": items.joined(separator: Phrase.listSeparator.text()) + more])
            return note(last, .queueItemsLeft, text, premise: .queueItemsLeft(queue: left.queue, puts: left.puts))
        }
    }
}
