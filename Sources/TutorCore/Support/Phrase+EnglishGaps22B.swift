extension Phrase {
    /// The English texts of gaps 22B (issue 11): a Queue's feeder thread waiting for the queue's shared write lock.
    static let englishGaps22B: [Phrase: String] = [
        .evWlockWait: "{object}'s feeder thread waits for the queue's write lock, which another process holds (every process's feeder takes it, shared by every process using {object}, to write each item, and releases it after)",
        .evWlockWaited: "{object}'s feeder thread got the queue's write lock{waited}",
        .waitWlock: "{label}'s write lock, to write its next item to the pipe",
        .hangWlockEnded: "{who} waits since {t} for {queue}'s write lock, so no item this process puts on {queue} reaches the pipe while it waits. Every process's feeder takes that lock, shared by every process using {queue}, to write each item, and releases it after; a process ended while its feeder held it never releases it. Of the processes that put on {queue}, these were ended by a signal: {ended}. multiprocessing's documentation warns that terminating a process while it uses a queue can leave the queue unusable for the others (\"avoid terminating processes\").",
        .wlockEndedOne: "{name} (last put at {put}, ended by {signal}{call})",
        .wlockEndedCall: ", {call} at {t}",
        .hangWlockUnknown: "{who} waits since {t} for {queue}'s write lock, held by another process's feeder (every process's feeder takes it, shared by every process using {queue}, to write each item); the record does not show which process holds it.",
    ]
}
