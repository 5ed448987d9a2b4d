extension Phrase {
    /// The English texts of gaps 26B (issue 11): a recv() that waited while a starting child's copy of the other end was
    /// in flight; a True poll followed by another's recv() while such a copy was in flight (no EOF was possible).
    static let englishGaps26B: [Phrase: String] = [
        .noteRecvCopyInFlight: "This recv() waited {waited} for a child that was still starting: {holders} had been started with a copy of {object} {other} (start() pickled it for the child; the child rebuilt it only after this recv() began, as its record shows). While that copy was on its way or open in the starting child, {end} could not read as ended, whatever {who} did with its own copy of {other}: the recv() could only wait for a message, and could not raise EOFError meanwhile.",
        .evPollTrueOtherRecvInFlight: "True, but the next recv() on this end was {who}'s at {at}, not this poller's, and nothing sent there was left unread before the poll: not an end of file, which was not possible then ({holders} had been started with a copy of {object} {other} and rebuilt it only after this poll, so that copy was on its way or open in the starting child)",
    ]
}
