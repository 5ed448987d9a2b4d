extension Phrase {
    /// The English texts of gaps 24B (issue 11): proxy races after the first, a True poll() followed by another
    /// process's receive, and a blocked read that is a loop over an imap result (said word for word as before).
    static let englishGaps24B: [Phrase: String] = [
        .evPollTrueOtherRecv: "True, but the next recv() on this end was {who}'s at {at}, not this poller's, and nothing sent there was left unread before the poll: the record cannot tell whether there was something to read or every copy of {object} {other} had been closed, which also makes poll() return True",
        .waitIterating: "waits in the iteration over the {method}() result for {what}",
        .hangLostResultIterated: "{who} waits in the iteration over the {method}() result for {what}, but {parts}: that result will never come. A Pool replaces a dead worker but does not notice the task it lost, so the iteration over the {method}() result waits forever; concurrent.futures.ProcessPoolExecutor fails such calls with BrokenProcessPool instead.",
        .hangLostResultTerminatedIterated: "{who} waits in the iteration over the {method}() result for {what}, but {parts}: that result will never come. {by} called terminate() of {pool} at {at}: terminate() ends the workers, starts no new ones and finishes none of the results still awaited, so the iteration over the {method}() result waits forever.",
        .evIterationThis: "the iteration over the {method}() result",
    ]
}
