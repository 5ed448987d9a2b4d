extension Phrase {
    /// The English texts of round 32H (issue 11): a SharedMemory closed after some process had unlinked its segment
    /// (the segment does not stay: its memory goes with the last mapping); a terminate()/kill() whose target its parent
    /// then saw ended by another signal (a broken executor signals the worker that segfaulted, too).
    static let englishRound32H: [Phrase: String] = [
        .evShmCloseUnlinked: "{object}.close(): this process no longer maps the segment, whose name {by} had already removed with unlink() at {at}: its memory is freed once no process maps it",
        .evSignalOtherEnd: ": this signal did not end it: its parent saw it ended by {ended} (exitcode {code}); a {signal} that ended it would have given {killed}",
    ]
}
