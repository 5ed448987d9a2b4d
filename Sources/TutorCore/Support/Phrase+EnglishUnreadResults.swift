extension Phrase {
    /// English texts for what a Pool computed that the program never received: task errors no get() read, the items
    /// an imap was given and how many of them never started or were never read.
    static let englishUnreadResults: [Phrase: String] = [
        .summaryPoolUnreadErrors: "errors nobody read: {list}. Each was raised in a worker; no get() read it and no error_callback ran, so no exception reached the program's code (get() would have raised it)",
        .summaryPoolUnreadError: "task {job} ({method}): {error}",
        .evImapGiven: "the task handler has read all of task {job}'s input: {items} item{items?|s} in {chunks} chunk{chunks?|s}, each sent to the workers' task queue",
        .evImapUnread: "{object} ends: {n} result{s} of task {job} had come back and the program had not read {n?it|them} yet ({n?it stays|they stay} in the imap() result: the program can still read {n?it|them} after the pool's end)",
        .evImapAllRead: "{object} ends: the program had read every result of task {job} that had come back",
        .summaryImapGiven: "task {job} ({method}) was given {items} item{items?|s} in {chunks} chunk{chunks?|s}: {started} started, {never} never started",
        .summaryImapUnread: "; when the pool ended, {n} result{s} had come back and {n?was|were} not read yet",
    ]
}
