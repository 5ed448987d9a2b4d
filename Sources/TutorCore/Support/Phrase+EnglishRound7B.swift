extension Phrase {
    /// The English texts added by the seventh truth review, part B: operational and failure programs.
    static let englishRound7B: [Phrase: String] = [
        .evPipeSendRaised: "{call} of {item} on {object} {end} raised {error}: nothing was sent",
        .evPipeSendBrokenPipe: "{call} of {item} on {object} {end} raised {error}: nothing was sent (no process has the other end open any more)",
        .noteLostTaskTimeout: "get() gave up on {task} after {duration}: {parts}, so its result was never coming. A Pool replaces a dead worker but does not run the task it lost again: without the timeout, get() would have waited forever.",
        .evExec: "{call}: becomes another program, same pid: {argv} (if the call succeeds, nothing after it runs, multiprocessing's cleanup after run() included; text not yet flushed is lost)",
        .evExecFailed: "{call} raised {error}: the process was not replaced, it goes on",
        .evResultUnpicklable: "result of {task} arrives: MaybeEncodingError in place of its value (the worker could not pickle what the task returned, so it sent this error instead)",
    ]
}
