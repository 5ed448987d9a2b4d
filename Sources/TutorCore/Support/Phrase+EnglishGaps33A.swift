extension Phrase {
    /// English texts of gaps 33A: concurrent.futures.Future()s the program makes itself, outside an executor.
    static let englishGaps33A: [Phrase: String] = [
        .evBareFutureCreate: "makes {object}{as}, a concurrent.futures.Future of its own{class}: no executor runs anything for it; it is done when some thread calls set_result(), set_exception() or cancel() on it",
        .evBareFutureCreateAs: " as {var}",
        .evBareFutureClass: " (of its subclass {class})",
        .evBareFutureSetResult: "set_result() on {object}: {result} (this wakes whoever waits in its result() and runs its done-callbacks, in this thread)",
        .evBareFutureSetException: "set_exception() on {object}: {result} (its result() raises this in whoever waits; its done-callbacks run in this thread)",
        .evBareFutureSetRefused: "{call} on {object} raised InvalidStateError: it was already {state}, so nothing changed",
        .evBareFutureWait: "waits in {call} of {object}, the program's own Future: only a set_result(), set_exception() or cancel() of it by another thread ends this wait",
        .evBareFutureWaited: "{call} of {object} returned{waited}",
        .evBareFutureWaitedRaised: "{call} of {object} raised {error}{waited}",
        .evBareFutureCancelled: "cancel() of {object} → True: it was not set yet, so it is cancelled now (its result() raises CancelledError; wait() and as_completed() still count it as not done, since only an executor marks a cancelled Future as notified)",
        .evBareFutureCancelFalse: "cancel() of {object} → False: it was already {state}",
        .evBareFutureCallbackRun: "runs done-callback {func} of {object}",
        .evBareFutureCallbackEnd: "done-callback {func} of {object} returned after {duration}",
        .evBareFutureCallbackRaised: "done-callback {func} of {object} raised {error}: concurrent.futures logs it and goes on",
        .evBareFutureRead: "{call} of {object}, already set, gives the program the exception set_exception() put there",
        .waitBareFuture: "{object} (a Future the program made itself)",
        .waitBareFutures: "{list} (Futures the program made itself)",
        .hangBareFutureUnset: "{object} was never set: the record has no set_result(), set_exception() or cancel() of it, and no executor will set a Future the program made itself",
        .summaryBareFutures: "Futures the program made itself (not work items): {n} — set by set_result() {ok}, by set_exception() {failed}, cancelled {cancelled}, never set {unset}",
    ]
}
