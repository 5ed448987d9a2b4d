extension Phrase {
    /// The English texts of round 34 (issue 11): a map() given a generator, which lists it before any task exists; a join(timeout)
    /// that gave up on a child still in its start-up.
    static let englishRound34: [Phrase: String] = [
        .noteMapListedGenerator: "{call} was given a generator: before it sends any task, it makes the whole generator into a list, running the generator's own code in the thread that called it ({who}). That took {took}: from {start}, when {call} was called, to {listed}, when the generator was exhausted and task {job} was made. The {n} row{s} of this thread in that time ran inside {call}, and no task of it had been sent yet.",
        .noteMapListedGeneratorReturned: " {call} returned at {end}, {total} after it was called: {took} making the list, then {waited} until its results were in.",
        .noteJoinGaveUpChildStarting: " It had not begun run(): that last event is its start-up (up at {t}, importing {main} as __mp_main__, which a spawn or forkserver child does before run()), so the join gave up on a child still starting.",
        .noteMapListedGeneratorImap: " imap() and imap_unordered() take the items one at a time as they send them, so the first tasks can run while the generator is still being read.",
    ]
}
