extension Phrase {
    /// The English texts of a hang whose wait nobody is left to end (round 15H).
    static let englishNoWaker: [Phrase: String] = [
        .hangNoWakerCondition: "{who} waits on {label} for a notify since {t}, and no notify() or notify_all() on {label} was recorded after that wait began; no other process of the program is left free to call one: {detail}.",
        .hangNoWakerEvent: "{who} waits for {label} to be set since {t}, and no set() of {label} was recorded after that wait began; no other process of the program is left free to call it: {detail}.",
        .hangNoWakerPut: "{who} waits to put on {label}, which is full, since {t}; no other process of the program is left free to get from it and make room: {detail}.",
        .hangNoWakerEnded: "{who} has ended{code}",
        .hangNoWakerNone: "no other process of the program is still running",
        .recordingNotStartedBeforeWatchdog: "no process reported any event before the watchdog stopped the run after {limit}: the tracer had not started yet (a slow start, or a busy machine: a longer --timeout may show the run)",
        .tracerSilentWarningWatchdog: "⚠ no process reported any event before the watchdog stopped the run: the tracer had not started yet. Here is what the program printed:",
        .hangNoWakerPipe: "{who} {what} since {t}; no other process of the program is left free to send to it: {detail}.",
        .hangLockSelf: "{who} {what} since {t}, and {who} holds {label} itself: a Lock is not re-entrant, so this acquire() waits for a release() only {who} could make, and it never comes. Take the lock once (not again in code the holder calls), or use an RLock.",
        .hangStarvedDropped: " {putter} did put {item} on {label} at {t}, but that item never reached the pipe: the queue's feeder thread could not pickle it ({error}) and dropped it, so no get() can return it.",
    ]
}
