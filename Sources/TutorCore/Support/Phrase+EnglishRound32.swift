extension Phrase {
    /// The English texts of round 32 (issue 11): a Listener/Client recv() whose EOFError came from the end of the only
    /// process that held the other end, which never closed it.
    static let englishRound32: [Phrase: String] = [
        .noteRecvEOFPeerEnded: "{who}'s recv() on {object} {end} raised EOFError because {holder}, the only process that held the other end, {object} {other}, had ended at {at}{how} without closing it: when a process ends, the OS closes every socket it still holds, so this side read end of file. recv() raises EOFError once the other side is closed and nothing is left to read, whether a close() closed it or, as here (no close() of it was recorded), the end of its process.",
        .noteRecvEOFPeerExitCode: " (exit code {code})",
    ]
}
