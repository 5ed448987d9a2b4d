extension Phrase {
    /// The English texts of round 27S (issue 11): more of a learner's changes to a lesson's demo. A Semaphore unit
    /// given back by another process's release(); a forked child's own inherited copy of a Pipe end that hides EOF.
    static let englishRound27S: [Phrase: String] = [
        .noteSemaphorePaidBack: "; {paid} held no unit of it then: its acquire() at {at} had been given back by {releaser}'s release() at {released}, a release() with no acquire() of {lock} before it in {releaser} (a Semaphore has no owner: any process's release() frees a unit)",
        .noteEOFHiddenOwnInheritedCopy: "{who} still held its own copy of {object} {other} ({how}, and no close() of it was recorded), so this poll() could not see an end of file: {end} reads as ended (poll() True, recv() EOFError) only once every copy of {other} is closed, in every process, and so it could only wait for data.{holders}{closed} No close() in another process could end this wait: under fork a child inherits every Pipe end its parent holds at start(), and its own code can close only an end it can reach. Pass {other} to {who} as well and close it there first, or start {who} with spawn or forkserver, where a child holds only the ends it is given.",
        .noteEOFHiddenMakerClosed: " {maker} closed its own copy of {other} at {t}, after start(): that closed only {maker}'s.",
        .panelUnitGivenBack: " (its unit given back by {releaser}'s release() at {released}: it holds none)",
    ]
}
