extension Phrase {
    /// The English texts of round 24S (issue 11, service-shaped programs): a child reaped after the record showed it
    /// still running past its recorded exit; a Pool's maxtasksperchild.
    static let englishRound24S: [Phrase: String] = [
        .evReapedEndedLate: " ({name} recorded its exit at {t}, but at {seen} {how}: a process ends some time after its last recorded event (a spawned child's interpreter still shuts down after it), so it was a zombie for at most {most} before this call reaped it)",
        .evReapedSeenByJoin: "join() found it still running",
        .evReapedSeenBySentinel: "a connection.wait() returned without its sentinel ready",
        .evReapedZombieSpawned: " ({name} recorded its exit {duration} before, at {t}; a spawned child's interpreter still shuts down after that event, so it was a zombie (ended, not yet reaped) for at most {duration} before this call reaped it)",
        .evQueueWaitGetReaderBusy: "waits to get from {object}: not empty ({n} item{s} put and not yet taken, counting any being taken now), but another get() holds the queue's read lock while it reads, so this one waits its turn",
        .evPoolCreateMaxTasks: " · maxtasksperchild={n}: each worker process leaves after {n} task{s} (a chunk of a map() counts as one), and while the pool runs it starts a new one in its place",
        .evRunMaxTasks: ": it had run {n} task{s}, {pool}'s maxtasksperchild, so its loop ended",
        .evPolledLastUnrecorded: " (the record keeps when the first of these polls came, not the last: they may all have come before it)",
    ]
}
