extension Phrase {
    /// The English texts of gaps 37A (round 36L's leftovers): a Value's own lock, a Manager's proxy calls, the processes the
    /// waiting ledger leaves out.
    static let englishGaps37A: [Phrase: String] = [
        .summaryLockAllByValue: " · every one taken by {value} itself: a Value's .value takes its own lock on each get and set",
        .summaryLockSomeByValue: " · {n} of them taken by {value} itself: a Value's .value takes its own lock on each get and set",
        .summaryManagerCalls: "{manager}: {n} call{s} through its proxies: {list}",
        .summaryManagerObject: "{object} {n} ({methods})",
        .summaryManagerMethod: "{n} {method}",
        .summaryManagerBlocking: " · {n} could block in its server process ({list})",
        .summaryWaitingUnlistedNone: "not listed: {n} of the {total} processes, with no wait in the record: {list}",
        .summaryWaitingUnlistedShort: "not listed: {n} of the {total} processes, whose waits came to less than 10 ms each: {list}",
        .evPutStartedFeeder: " · it started the queue's feeder thread in this process, as a process's first put() on a queue does",
    ]
}
