extension Phrase {
    /// English texts of gaps 27A (issue 11): a program's `ready()` and `successful()` polls of a Pool's result, one row
    /// for a run of calls with the same outcome (`pool.polled`).
    static let englishGaps27A: [Phrase: String] = [
        .evResultPolled: "polled {task}'s result with {call} {n} time{s} from {at} on: {result} each time, until this call returned {then}",
        .evResultPolledToEnd: "polled {task}'s result with {call} {n} time{s} from {at} on: {result} each time, with no change before this thread ended",
        .evResultPolledRaised: "called {call} on {task}'s result {n} time{s} from {at} on: it raised {error} each time{why}, until this call returned {then}",
        .evResultPolledRaisedToEnd: "called {call} on {task}'s result {n} time{s} from {at} on: it raised {error} each time{why}, with no change before this thread ended",
        .evResultPolledNotReady: " (its result had not come back yet: successful() raises ValueError until it has)",
        .evResultPolledChanged: "{call} on {task}'s result returned {then}, unlike the call before it",
        .evWaitReasonBroken: " because {object} broke at {t}: every work item it had not finished ended then with BrokenProcessPool, not with a result",
        .evWaitReasonBrokenDied: " because {object} broke at {t} ({died}): every work item it had not finished ended then with BrokenProcessPool, not with a result",
    ]
}
