extension Phrase {
    /// English texts of round 24 (issue 11): an imap() whose chunks the task handler could not send (a function nested
    /// in main(), r24_imap_closure_threshold) said each was "sent to the workers' task queue" and that its errors "had
    /// come back"; a join(timeout) note on a child whose feeder waited for the queue's write lock.
    static let englishRound24: [Phrase: String] = [
        .evImapGivenNoneSent: "the task handler has read all of task {job}'s input: {items} item{items?|s} in {chunks} chunk{chunks?|s}; none reached the workers' task queue: sending each failed, and the task handler set each one's result to that exception",
        .evImapGivenSomeSent: "the task handler has read all of task {job}'s input: {items} item{items?|s} in {chunks} chunk{chunks?|s}; {sent} sent to the workers' task queue, {failed} could not be sent (the task handler set each of those results to the exception)",
        .evImapNeverReadUnsent: "{object} ends: task {job}'s imap() result held {n} unread error{s} that the task handler had set for chunks it could not send (no worker ran them), and the program never read them (it read nothing more from the imap() result after the pool's end)",
        .evImapUnreadUnsent: "{object} ends: task {job}'s imap() result held {n} unread error{s} that the task handler had set for chunks it could not send (no worker ran them); {n?it stays|they stay} in the imap() result: the program can still read {n?it|them} after the pool's end",
        .evImapLeftNothingUnsent: ": after {object}'s end the program read nothing more from it, so those {never} error{never?|s} {never?was|were} never read",
        .evImapUnsentAmong: " (of these, up to {k} are errors the task handler set for chunks it could not send: no worker ran those)",
        .summaryImapNotSent: " ({n} could not be sent)",
        .summaryImapNeverReadUnsent: "; when the pool ended, it held {n} error{s} the task handler had set for chunks it could not send, and the program never read them",
        .summaryImapUnreadUnsent: "; when the pool ended, it held {n} error{s} the task handler had set for chunks it could not send, not read yet",
        .noteJoinGaveUpFeederWlock: " {n} item{s} {name} put on {queue} {n?was|were} still unread (the first, {item}, put at {t}): its feeder thread had not written them: since {since} it had been waiting for the queue's write lock, which another process held{holder}. Every process's feeder takes that lock to write an item and keeps it while the pipe is too full to take the rest, until a process reads from the pipe; {name} cannot exit before everything is written. Get the items before join() (the documented pitfall \"joining processes that use queues\").",
        .noteJoinGaveUpWlockHolder: " (at that point {who}'s feeder thread was writing an item into the pipe)",
        .activityFeederJoinAtExit: "exiting: waiting since {t} for {object}'s feeder thread to write this process's items into the pipe",
        .activityFeederJoin: "in {object}.join_thread() since {t}: waiting for its feeder thread to write this process's items into the pipe",
    ]
}
