import TutorCore

extension GenericRules {
    /// A spawn/forkserver child that failed while unpickling a semaphore its parent had already removed (gaps 11A,
    /// r10a_event_forgotten_exit_hang under spawn): said at its traceback's last line, with the parent's end.
    func semaphoresGoneAtUnpickle() -> [Note] {
        var notes: [Note] = []
        for index in timeline.indices(of: .print) where events[index].text?.hasPrefix("FileNotFoundError") == true {
            guard notes.count < Self.perRule else { break }
            guard let gone = StateQueries.semaphoreGoneAtUnpickle(at: index, in: events) else { continue }
            let spawn = events[gone.spawnStep], end = events[gone.parentEndStep]
            let text = Phrase.noteSemaphoreGone.text(["child": spawn.string(EventField.name) ?? "pid \(events[index].pid)",
                                                      "parent": spawn.process, "t": Format.seconds(end.t)])
            if let made = note(index, .semaphoreGoneAtUnpickle, text, premise: .semaphoreGoneAtUnpickle(step: index, parentEndStep: gone.parentEndStep)) {
                notes.append(made)
            }
        }
        return notes
    }
}
