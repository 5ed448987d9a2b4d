extension Phrase {
    /// The English texts of round 31 (issue 11): a terminate()/kill() whose target went on to exit by itself with the
    /// code its parent then saw (a Pool worker that read its sentinel and left while `_terminate_pool` was signalling).
    static let englishRound31: [Phrase: String] = [
        .evSignalBeforeOwnExit: ": this signal ended nothing: {name} went on to exit by itself at {at} with code {code}, the end its parent then saw (this row is written just before the signal is sent; a {signal} that reached it before its end would have given {killed}), so the signal, if it was sent at all, came after the process had ended",
    ]
}
