import TutorCore

extension GenericRules {
    /// A Pool's result-handler thread that an exception escaped (r7b_pool_exception_unpicklable: the parent could not
    /// unpickle a task's exception): said where the thread ends, with what it leaves owed.
    func resultHandlerEnds() -> [Note] {
        var notes: [Note] = []
        let starts = timeline.indices(of: .threadStart)
        for index in timeline.indices(of: .threadExit) where notes.count < Self.perRule {
            guard let end = StateQueries.resultHandlerEnd(exitAt: index, in: events, threadStarts: starts) else { continue }
            var text = Phrase.noteResultHandlerEnded.text(["pool": end.pool, "error": end.error])
            if !end.owed.isEmpty {
                let tasks = end.owed.map { Phrase.noteResultHandlerTask.text(["job": $0]) }
                    .joined(separator: Phrase.listSeparator.text())
                text += Phrase.noteResultHandlerOwed.text(["tasks": tasks, "n": end.owed.count])
            }
            if let made = note(index, .resultHandlerEnded, text,
                               premise: .resultHandlerEnded(exitStep: index, pool: end.pool, owed: end.owed)) {
                notes.append(made)
            }
        }
        return notes
    }
}
