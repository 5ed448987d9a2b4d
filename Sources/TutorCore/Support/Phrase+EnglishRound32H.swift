extension Phrase {
    /// The English texts of round 32H (issue 11): a SharedMemory closed after some process had unlinked its segment
    /// (the segment does not stay: its memory goes with the last mapping); a terminate()/kill() whose target its parent
    /// then saw ended by another signal (a broken executor signals the worker that segfaulted, too).
    static let englishRound32H: [Phrase: String] = [
        .evShmCloseUnlinked: "{object}.close(): this process no longer maps the segment, whose name {by} had already removed with unlink() at {at}: its memory is freed once no process maps it",
        .evSignalOtherEnd: ": this signal did not end it: its parent saw it ended by {ended} (exitcode {code}); a {signal} that ended it would have given {killed}",
    ]
}

extension Phrase {
    /// Round 32H: the chunk imap() made of its input iterable's exception, counted among the chunks with no item.
    static let englishRound32HImap: [Phrase: String] = [
        .evImapReraiseChunk: " (the last chunk holds no item: the iterable raised {error} after {items} item{items?|s}, and the pool sent that exception to a worker as a chunk that raises it again)",
    ]
}
