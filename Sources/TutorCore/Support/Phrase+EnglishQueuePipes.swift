extension Phrase {
    /// The English texts of a Queue's pipe and feeder thread: close(), join_thread(), cancel_join_thread(), a put() or
    /// get() after close(), an item only partly in the pipe, and a JoinableQueue's task_done() that raised.
    static let englishQueuePipes: [Phrase: String] = [
        .evTaskDoneRaised: "task_done() on {object} raised {error}: every item put was already marked done, so it changed nothing",
        .evQueueWaitPartial: "waits to get from {object}: part of an item is in the pipe, and the rest is still to come (the putter's feeder thread is writing it)",
        .evQueueWaitPartialEnded: "waits to get from {object}: part of an item is in the pipe, but every process that put on it, {putters}, had ended: the rest of the item will never come",
        .hangPartialItem: "{who} waits in get() on {queue} for the rest of an item: part of it was in the pipe, but every process that put on {queue} had ended ({putters}) before its feeder thread had written the whole item, so the rest never comes. A process ended while it puts on a queue (terminate(), kill(), os._exit()) can leave the queue corrupted, as the documentation warns for terminate(): the get()'s timeout does not help, it covers only the wait for an item to begin.",
        .hangPartialPutter: "{name}: exitcode {code}",
        .evQueueClose: "{object}.close(): this process can no longer put or get on it",
        .evQueueCloseFeeder: "{object}.close(): this process can no longer put or get on it; its feeder thread writes what was put, then ends",
        .evQueueCancelJoin: "{object}.cancel_join_thread(): this process will not wait at exit for its feeder thread (what it has not yet written to the pipe is lost then)",
        .evQueueJoinThread: "{object}.join_thread() returned{waited}: its feeder thread has ended",
        .evQueueJoinThreadNone: "{object}.join_thread() returned{waited}: there was no feeder thread to join (nothing was put)",
        .evQueueJoinThreadRaised: "{object}.join_thread() raised {error}",
        .evQueueClosedError: "{op}() on {object} raised ValueError: the queue was closed",
        .evQueueCloseSimple: "{object}.close(): this process's two ends of its pipe are closed: a put() or get() here now raises OSError (other processes' ends stay open)",
    ]
}
