import TutorCore

extension EventDescriber {
    /// What a wait()'s return_when makes it wait for, after the row that lists its work items: without it
    /// "waits in wait() for work items 0, …, 9" read as a wait for all of them, and "wait() returned after 333 ms · 9
    /// still not done" had no reason (round 14F, r14f_first_exception_cancel). Empty for ALL_COMPLETED.
    static func returnWhen(_ e: TraceEvent) -> String {
        switch e.string(EventField.returnWhen) {
        case "FIRST_EXCEPTION": Phrase.evWaitFirstException.text()
        case "FIRST_COMPLETED": Phrase.evWaitFirstCompleted.text()
        default: ""
        }
    }
}
