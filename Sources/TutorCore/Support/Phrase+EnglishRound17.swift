extension Phrase {
    /// The English texts of round 17: a running Pool's call that raised in the caller, a get_nowait() Empty with an item in
    /// flight, a hang on a Lock whose every holder ended holding it.
    static let englishRound17: [Phrase: String] = [
        .evPoolCallRaised: "{call} raised {error} here, in the calling process, before {object} sent any task (the pool goes on running)",
        .evPoolCallRaisedJob: "; its result object had already taken job number {job} and stays in {object}'s cache, never finished: the next task is numbered after it, and a close() then join() of {object} would wait for it forever (its worker-handler thread, _handle_workers, runs while the cache holds a job; terminate(), which a with-block's end calls, does not wait).",
        .evQueueEmptyInFlight: "get_nowait on {object}: Empty (a put() had begun, but its item had not reached the pipe yet: the putter's feeder thread writes it a moment later, and get_nowait() looks only at the pipe)",
        .hangLockKeptByEnded: "{who} {what} since {t}, and {label} was taken and never released: {holders}. A multiprocessing Lock is not released when the process holding it ends (a with-block's exit never runs in a process ended by a signal or os._exit), so no release() can come.",
        .hangPoolJobLeft: "{who} waits in join() for {object} since {t}, and {object}'s cache still holds job {job}, which {call} left there when it raised at {at} ({error}): a closed pool's worker-handler thread (_handle_workers) runs until its cache is empty, and join() waits for that thread, so join() never returns. terminate() does not wait for the cache (a with-block's end calls it).",
        .hangLockKeptBy: "{who} acquired it at {since}, then ended{code} still holding it",
    ]
}
