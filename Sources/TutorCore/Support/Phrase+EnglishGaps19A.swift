extension Phrase {
    /// The English texts of gaps 19A (round 18E's tracer-side leftovers): a Barrier's reset() and the waits it woke.
    static let englishGaps19A: [Phrase: String] = [
        .evBarrierReset: "reset() on {object}: every party waiting there now gets BrokenBarrierError, and {object} is left usable, not broken: the wait()s after it begin a new round",
        .evBarrierWokenByReset: "wait() at {object} raised BrokenBarrierError{waited}: {process} called reset() on {object} at {at}, which wakes every waiting party this way; {object} is not broken: a wait() after the reset begins a new round",
        .evSimplePutUnpicklable: "put({item}) on {object} raised {error}: a SimpleQueue pickles the item inside put() itself (a Queue leaves that to its feeder thread), so the error is raised here, in the caller, and nothing was sent",
        .evSimplePutRaised: "put({item}) on {object} raised {error}",
        .evProcessNotParent: ": {name} is a Process object made by {parent}, not by {caller}: only the process that made it may start() it, join() it or ask is_alive(), so the call did nothing",
        .evSignalRaised: "signal.raise_signal({signal}): a signal to itself",
        .evSignalSetDefault: "signal.signal({signal}, SIG_DFL): from now on {signal} takes its default action in this process, and no Python handler runs for it",
        .evSignalSetDefaultInt: "; for SIGINT that ends the process at once: no KeyboardInterrupt, no traceback",
        .evSignalSetIgnored: "signal.signal({signal}, SIG_IGN): from now on this process ignores {signal}",
        .noteSignalledItselfRaised: " (it raised {signal} in itself with signal.raise_signal())",
        .noteStoppedByItselfRaised: "it raised it in itself with signal.raise_signal()",
    ]
}
