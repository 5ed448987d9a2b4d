import TutorCore

extension GenericRules {
    /// The SIGTERM note's cause when `pool`'s terminate() sent it (gaps 37B): the first terminate() of that pool before
    /// `step` that raised nothing and that no finalizer ran says who called it (`how`); a record without `how` (the
    /// program's own line, or a record made before it was recorded) keeps the note that names both ways.
    func poolTerminatedNote(pool: String?, before step: Int) -> String {
        let first = timeline.indices(of: .poolTerminate).first { i in
            i < step && events[i].object == pool && events[i].string(EventField.error) == nil
                && events[i].string(EventField.terminatedBy) == nil
        }
        switch first.flatMap({ events[$0].string(EventField.how) }) {
        case "with"?: return Phrase.notePoolTerminatedWith.text()
        case "stack_with"?: return Phrase.notePoolTerminatedStackWith.text()
        case "stack_close"?: return Phrase.notePoolTerminatedStackClose.text()
        case "cleanup"?: return Phrase.notePoolTerminatedCleanup.text()
        default: return Phrase.notePoolTerminated.text()
        }
    }
}
