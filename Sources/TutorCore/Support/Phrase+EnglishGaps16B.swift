extension Phrase {
    /// The English texts of gaps 16B: what a process the watchdog found free last did (its row's words), a Barrier wait
    /// under the Barrier's own timeout, and a Semaphore's units kept by processes that ended.
    static let englishGaps16B: [Phrase: String] = [
        .lastFinishedTask: "finished {task} at {t} and recorded nothing since (blocked or busy)",
        .lastSeenRow: "last recorded, at {t}: “{row}”, and nothing since (blocked or busy)",
        .lastSeenEvent: "last recorded an event at {t}, and nothing since (blocked or busy)",
        .evBarrierOwnTimeout: " (the Barrier's own timeout, {duration})",
        .evBarrierTimedOutOwn: "wait() at {object} ran out of time{waited}: the program gave wait() no timeout, so it ran under the Barrier's own ({duration}, from Barrier(…, timeout=)); running out, it broke {object}, so this and every other wait there raise BrokenBarrierError",
        .hangSemaphoreUnitsKept: "{who} {what} since {t}, and every unit of {label} was taken and never given back: {holders}. A Semaphore has no owner: a unit is not given back when the process that took it ends, only by a release() (call it in a finally: block, or take the unit with a with statement).",
        .hangUnitKeptBy: "{who} took one at {since}, then ended{code}, and no release() gave it back",
        .hangStarvedRaised: " No put() on {label} was recorded at all, and {children} ended by an exception before putting anything: if it was to put that item, it never comes. A producer that can fail should still put an end signal (in a finally: block), or the get() needs a timeout.",
        .hangRaisedChild: "{who} (its run() raised {error}, exit code 1)",
    ]
}
