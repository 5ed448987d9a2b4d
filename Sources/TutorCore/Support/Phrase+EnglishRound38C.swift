extension Phrase {
    /// The English texts of round 38C (issue 11, concurrent.futures as people use it): Executor.map's iterator reaching
    /// a failed chunk, and a worker started in place of one that left after its max_tasks_per_child work items.
    static let englishRound38C: [Phrase: String] = [
        .evMapIteratorReadRaised: "next() of map()'s result iterator reached work item {work}, already done: it raises the exception the work item raised in the program, at once",
        .evMapChunkLost: " · work item {work} is a map() chunk of {n} {n?item|items}, run as one call in its worker, which returns {n?its result|all their results} in one list or raises: so {n?its result does not come back|none of these results comes back}",
        .evSpawnReplacesAfterMaxTasks: " · {executor}'s manager thread starts it in place of {old}, which left after its max_tasks_per_child ({n}) work items",
        .evSpawnReplacementTookNone: "; {name} took no work item before it ended",
    ]
}
