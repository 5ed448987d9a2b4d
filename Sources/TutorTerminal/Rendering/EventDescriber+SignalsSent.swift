import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The row of `os.kill(pid, sig)` to a process that is neither the sender nor a child it knows (round 10B,
    /// r10b_sibling_signals: a child's signals to its siblings had no row, and the note on the one SIGTERM ended
    /// said "the process may have signalled itself, or another program did"). The target is named from the run's
    /// processes by its pid, with how it relates to the sender, when the record shows it.
    func signalSentRow(_ e: TraceEvent) -> String {
        let number = e.int(EventField.signum) ?? -1
        let signal = e.string(EventField.signame) ?? "signal \(number)"
        let pid = e.int(EventField.toPid) ?? -1
        let row = Phrase.evSignalSentOther.text(["pid": pid, "signal": signal])
        guard let target = timeline.signalTarget(pid: pid, from: e.pid) else { return row + Phrase.evSignalSentUnknown.text() }
        let relation: Phrase = switch target.relation {
        case .parent: .evSignalSentParent
        case .sibling: .evSignalSentSibling
        case .other: .evSignalSentRunProcess
        }
        return row + relation.text(["name": target.name])
    }
}
