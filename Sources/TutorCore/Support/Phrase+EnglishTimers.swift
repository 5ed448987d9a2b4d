extension Phrase {
    /// The English texts of a threading.Timer: its start, its call, and what a cancel() found.
    static let englishTimers: [Phrase: String] = [
        .evTimerStart: "{name} is a threading.Timer: it calls {func} after {interval}, unless cancel() comes first",
        .evTimerFire: "timer {name}: its {interval} are up, it calls {func}",
        .evTimerCancelWaiting: "cancel() of timer {name} ({func} after {interval}): it was still waiting, so {func} is not called",
        .evTimerCancelDue: "cancel() of timer {name} just as its {interval} ran out: it was already deciding whether to call {func} (a call shows as a row on its lane)",
        .evTimerCancelFired: "cancel() of timer {name}: too late, it has already called {func}; cancel() does nothing",
        .evTimerCancelDone: "cancel() of timer {name}: it had already ended or been cancelled; cancel() does nothing",
    ]
}
