extension Phrase {
    /// The English texts of gaps 25 (issue 11): a later proxy race said shortly, pointing back to the first note (which
    /// holds the why and the fix); the count of the races not told.
    static let englishGaps25: [Phrase: String] = [
        .noteProxyRaceAgainPair: "Again, as in the race told at {at}: {a} and {b} both read {old} from {object}; {a} wrote {theirs}, then {b} wrote {mine} without reading again. If {b}'s value came from that {old}, {a}'s update was lost.",
        .noteProxyRaceAgainOverlap: "Again, as in the race told at {at}: {a} and {b} both read {old} from {object} before either wrote back; then {a} wrote {theirs} and {b} wrote {mine}, neither reading again (their round trips overlapped). If each value came from that {old}, one update was lost.",
        .noteProxyRaceAgainGroup: "Again, as in the race told at {at}: {names} all read {old} from {object}; then {writes}, none reading again. If each value came from that {old}, {n} update{s} were lost here.",
        .noteProxyMoreRacesCounted: " Besides the races these notes tell, the record proves {n} more separate race{s} like them through Manager proxies, not told one by one: in each, two or more processes or threads read the same value and wrote without reading again; if each value came from what was read, the updates lost in them come to at least {lost}.",
        .summaryQueueWlockPuts: " · {puts} waited for the queue's write lock, held by another thread or process writing to the pipe ({total} in all, the longest {longest})",
        .noteEOFHiddenInFlight: " {holders} had been started with a copy of {object} {other} (start() pickled it for the child; the child rebuilt it only after this poll began, as its record shows): that copy, on its way or open in the starting child, kept {other} from ending too.",
    ]
}
