import TutorCore

extension GenericRules {
    /// A spawn or forkserver child that failed to load a function of the program because its parent had given it no
    /// main file: Python removes `__main__.__file__` once the main code has ended, and a thread started the child after
    /// that (gaps 15A; round 14F's r14f_thread_executor_no_shutdown). One note, at the child's AttributeError line.
    func mainFilesGone() -> [Note] {
        var notes: [Note] = []
        for index in timeline.indices(of: .print) where events[index].text?.hasPrefix("AttributeError: Can't get attribute") == true {
            guard notes.count < Self.perRule else { break }
            guard let gone = StateQueries.mainFileGone(at: index, in: events) else { continue }
            let spawn = events[gone.spawnStep], prep = events[gone.prepStep]
            let ended = gone.shutdownStep.map { Phrase.noteMainFileGoneEnded.text(["parent": prep.process, "t": Format.seconds(events[$0].t)]) } ?? ""
            let text = Phrase.noteMainFileGone.text([
                "child": spawn.string(EventField.name) ?? "pid \(events[index].pid)", "parent": StateQueries.who(prep),
                "t": Format.seconds(prep.t), "ended": ended, "attribute": gone.attribute])
            if let made = note(index, .mainFileGone, text, premise: .mainFileGone(step: index, prepStep: gone.prepStep)) {
                notes.append(made)
            }
        }
        return notes
    }
}
