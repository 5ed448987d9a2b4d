extension Phrase {
    /// The English texts of the signals mp-tutor itself received during a run (guard 23; one line per sender, guard 24).
    static let englishGuard23: [Phrase: String] = [
        .summarySignalFromRun: "mp-tutor itself received {signals} from pid {pid}, a process of this run, {when}: traced, mp-tutor is its parent or (for an orphan) the process that adopted it, so os.getppid() there names mp-tutor. mp-tutor took no action and the run went on; untraced, such a signal would have gone to the program's launcher or to whatever adopted the orphan",
        .summarySignalFromOutside: "mp-tutor received {signals} from pid {pid}, not a process of this run, {when}, and took no action",
        .summarySignalFromKernel: "mp-tutor received {signals} from the system {when}, and took no action",
    ]
}
