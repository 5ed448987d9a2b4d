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
        .noteProxyCutByShutdown: "{proxy}.{method}() was sent to its manager at {sent}, before the manager was shut down, and was still waiting for its answer when {manager} was shut down at {at}; its server process {server} (pid {pid}) ended at {end}, and the waiting call failed with {error}. A proxy holds no data of its own: its call waits in the server process, so shutting the manager down (leaving a `with Manager() as m:` block does it) while another process still waits in a proxy call cuts that call. Keep the manager running until every process is done with its proxies (join them inside the with block).",
    ]
}
