extension Phrase {
    /// The English texts of round 18E (programs that go wrong): a running Pool's join() that raised before it waited; a
    /// feeder thread's pickling error while its process exits.
    static let englishRound18E: [Phrase: String] = [
        .evPoolJoinRunning: "join() raised {error}: a Pool's join() waits only after close() or terminate(), so it waited for nothing and {object} goes on running (close() first, then join())",
        .evQueuePutDroppedAtExit: "; and this process was already exiting (multiprocessing began joining this feeder thread at {at}): at exit a feeder thread that meets such an error stops instead of going on, so whatever was still in its buffer behind this item was never written either, and no traceback is printed",
        .hangLostResultTerminated: "{who} waits in {call} for {what}, but {parts}: that result will never come. {by} called terminate() of {pool} at {at}: terminate() ends the workers, starts no new ones and finishes none of the results still awaited, so {call} waits forever.",
    ]
}
