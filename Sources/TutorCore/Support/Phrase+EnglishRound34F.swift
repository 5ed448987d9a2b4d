extension Phrase {
    /// English texts of round 34F: a map_async job whose error no get() could read because some chunks never ended.
    static let englishRound34F: [Phrase: String] = [
        .summaryPoolNeverReady: "errors no get() could read: {list}. A get() waited for each and gave up at its timeout: a map_async() or starmap_async() result is ready only when every one of its chunks has finished, and only then does get() raise the first error",
        .summaryPoolNeverReadyJob: "task {job} ({method}): {error} in {failed} of its {chunks} chunks, {never} never finished",
    ]
}
