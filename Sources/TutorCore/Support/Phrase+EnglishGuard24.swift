extension Phrase {
    /// The English texts of guard 24: received signals grouped by sender, the relation that made `os.getppid()`
    /// name mp-tutor, and the trailer's `run.received_signals` reader.
    static let englishGuard24: [Phrase: String] = [
        .summarySignalsFromMain: "mp-tutor itself received {signals} from pid {pid}, the program's main process, {when}: traced, mp-tutor started it, so os.getppid() there names mp-tutor. mp-tutor took no action and the run went on; untraced, such a signal would have gone to whatever started python3 (a shell, an editor)",
        .summarySignalsFromAdopted: "mp-tutor itself received {signals} from pid {pid}, a process of this run whose parent had ended, {when}: traced, mp-tutor adopted it (mp-tutor is the run's child subreaper), so os.getppid() there names mp-tutor. mp-tutor took no action and the run went on; untraced, such a signal would have gone to whatever adopted the orphan (init, or the nearest subreaper)",
        .summarySignalAt: "at {time}",
        .summarySignalBetween: "between {first} and {last}",
        .summarySignalRepeated: "{signal} ×{n}",
        .summarySignalsDropped: "mp-tutor received {n} more signals, not kept one by one",
        .trReceivedSignalsList: "\"{key}\" must be a list of at most {max} objects",
        .trReceivedSignalsTooMany: "\"received_signals\" holds {n} entr{n?y|ies}, more than the {max} mp-tutor writes",
        .trReceivedSignalEntry: "\"{key}\" must be an object with a whole \"signal\" (1…255), \"sender_pid\", \"at_ns\" and a true or false \"from_run\"",
        .trReceivedSignalName: "\"{key}\" must be a signal name of at most {max} letters, digits, + or spaces",
        .trReceivedSignalRelation: "\"{key}\" must be \"parent\" or \"adopter\", and only on a signal from the run",
    ]
}
