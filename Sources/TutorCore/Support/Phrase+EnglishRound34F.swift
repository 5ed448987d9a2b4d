extension Phrase {
    /// English texts of round 34F: a map_async job whose error no get() could read because some chunks never ended; a hang
    /// on a pool whose workers took tasks they could not unpickle.
    static let englishRound34F: [Phrase: String] = [
        .summaryPoolNeverReady: "errors no get() could read: {list}. A get() waited for each and gave up at its timeout: a map_async() or starmap_async() result is ready only when every one of its chunks has finished, and only then does get() raise the first error",
        .summaryPoolNeverReadyJob: "task {job} ({method}): {error} in {failed} of its {chunks} chunks, {never} never finished",
        .hangTakenTasksLost: "{who} {what} since {t}, but {n} task{s} of {pool} {n?was|were} taken off its task queue by workers that could not unpickle them ({parts}): a Pool worker that fails to read its next task leaves, the pool starts another in its place, and the task is never sent again, so those results never come and the pool never finishes.",
        .hangTakenTaskPart: "{worker}, {error} at {t}",
        .hangTakenTaskMore: " and {n} more",
    ]
}
