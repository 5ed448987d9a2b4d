extension Phrase {
    /// The English texts of gaps 24C (issue 11): a summary's unfinished or cut wait that is the program's loop over an
    /// imap result is said as that loop, not as a `next()` the program never wrote; a SimpleQueue's put() that waits for
    /// the queue's write lock.
    static let englishGaps24C: [Phrase: String] = [
        .summaryUnfinishedWaitIterated: "{who} in the iteration over the {method}() result on {target} since {t}",
        .summaryCutWaitIterated: "{who} in the iteration over the {method}() result on {target} since {t}, until its process was ended by {signal} (seen ended at {at})",
        .evWlockWaitPut: "put() on {object} waits for the queue's write lock, which another thread or process holds (every put() on {object}, in every process using it, takes it to write its item to the pipe, and releases it after)",
        .evWlockWaitedPut: "put() on {object}: the queue's write lock was free again{waited}; the put takes it now",
        .waitWlockPut: "{label}'s write lock, which another thread or process holds",
    ]
}
