extension Phrase {
    /// The English texts of round 24S (issue 11, service-shaped programs): a child reaped after the record showed it
    /// still running past its recorded exit; a Pool's maxtasksperchild.
    static let englishRound24S: [Phrase: String] = [
        .evReapedEndedLate: " ({name} recorded its exit at {t}, but at {seen} {how}: a process ends some time after its last recorded event (a spawned child's interpreter still shuts down after it), so it was a zombie for at most {most} before this call reaped it)",
        .evReapedSeenByJoin: "join() found it still running",
        .evReapedSeenBySentinel: "a connection.wait() returned without its sentinel ready",
        .evReapedZombieSpawned: " ({name} recorded its exit {duration} before, at {t}; a spawned child's interpreter still shuts down after that event, so it was a zombie (ended, not yet reaped) for at most {duration} before this call reaped it)",
    ]
}
