extension Phrase {
    /// The English texts for the pitfalls of the multiprocessing docs' programming guidelines, as learners hit them:
    /// a pool worker that left run() while a task waited, and what a wait was blocked on.
    static let englishPitfalls: [Phrase: String] = [
        .noteTaskWorkersEnding: "{duration} while no worker of {pool} was free: each one not running a task had left its run() (returned or raised) and was ending",
        .noteJoinGaveUpChildBlocked: "{name} was still running because it was blocked, since {t} ({duration} by then): it {what}.",
        .noteJoinGaveUpFullQueue: " A put() on a full queue returns only when a get() makes room: take the items before join() (the docs' programming guidelines, \"joining processes that use queues\").",
        .evQueuePutChanged: "pickles {sent} to send it on {object}: the put(){ago} saw {item}; the object was changed after put() returned, and the reader gets it as pickled now",
        .evQueuePutChangedAgo: " {duration} earlier",
        .evPipeSendTook: " (the call returned {duration} later, at {t})",
        .noteJoinGaveUpInSend: "{name} was still running because it was inside send() on {object} {end}, which began at {t} and returned only at {returned}: send() returns once the pipe has taken the whole message, and a message larger than the pipe's buffer waits for a recv() at the other end. Receive before join().",
        .evReapedBy: "{call} sees {name} end: exitcode {code}",
        .evReapedZombie: " ({name}'s own exit was {duration} before, at {t}: an ended child stays a zombie until its parent reaps it, as this call did)",
        .evPoolTaskGetError: "took its next task off the pool's task queue but could not unpickle it: {error}. That task is lost (a Pool never sends a task again), and this worker dies",
        .summaryPoolUnpicklable: " · {n} taken off the task queue by a worker that could not unpickle it (lost, and that worker died)",
        .evConditionError: "{op} on {object} raised {error}: it did nothing (a Condition's wait() and notify() need its lock held by the caller)",
    ]
}
