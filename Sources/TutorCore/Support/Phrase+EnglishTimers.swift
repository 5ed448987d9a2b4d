extension Phrase {
    /// The English texts of a threading.Timer: its start, its call, and what a cancel() found.
    static let englishTimers: [Phrase: String] = [
        .evTimerStart: "{name} is a threading.Timer: it calls {func} after {interval}, unless cancel() comes first",
        .evTimerFire: "timer {name}: its {interval} are up, it calls {func}",
        .evTimerCancelWaiting: "cancel() of timer {name} ({func} after {interval}): it was still waiting, so {func} is not called",
        .evTimerCancelDue: "cancel() of timer {name} just as its {interval} ran out: it was already deciding whether to call {func} (a call shows as a row on its lane)",
        .evTimerCancelFired: "cancel() of timer {name}: too late, it has already called {func}; cancel() does nothing",
        .evTimerStartOwnRun: "{name} is a threading.Timer whose class has its own run(), {run}: its thread runs that instead of Timer.run, so whether and when {func} is called (interval {interval}) is up to {run}; no row records such a call",
        .evTimerCancelOwnRun: "cancel() of timer {name}: it sets the timer's finished Event; what that changes is up to its own run(), {run} (Timer.run's wait would end and not call {func})",
        .evTimerCancelDone: "cancel() of timer {name}: it had already ended or been cancelled; cancel() does nothing",
    ]
}
