extension Phrase {
    /// The English texts of the signals mp-tutor itself received during a run (guard 23).
    static let englishGuard23: [Phrase: String] = [
        .summarySignalFromRun: "mp-tutor itself received {signal} from pid {pid}, a process of this run, at {time}: traced, mp-tutor is its parent or (for an orphan) the process that adopted it, so os.getppid() there names mp-tutor. mp-tutor took no action and the run went on; untraced, the signal would have gone to the program's launcher or to whatever adopted the orphan",
        .summarySignalFromOutside: "mp-tutor received {signal} from pid {pid}, not a process of this run, at {time}, and took no action",
        .summarySignalFromKernel: "mp-tutor received {signal} from the system at {time}, and took no action",
    ]
}
