extension Phrase {
    /// The English texts of Connection objects: Pipe ends, Listener and Client, the objects connection.wait() returned,
    /// a send() that raised, bytes sent and received.
    static let englishConnections: [Phrase: String] = [
        .evClientRefused: "Client() was refused by the listener: {error} (the two sides' authkeys differ)",
        .evPipeSendRaised: "{call} of {item} on {object} {end} raised {error}: nothing was sent",
        .evPipeSendBrokenPipe: "{call} of {item} on {object} {end} raised {error}: nothing was sent (no process has the other end open any more)",
        .waitPipeEnd: "{object} end {end}",
        .waitSentinel: "{name}'s sentinel",
        .waitSocket: "a socket",
        .waitFd: "a file descriptor",
        .evConnectionWaitedNamed: "connection.wait() returned{waited}: ready: {what}",
        .evPipeSendError: "{call} on {object} {end} raised {error}: nothing was sent",
        .evPipeBytesSent: " ({size}; the call took {duration})",
        .evPipeBytesReceived: " ({size})",
        .evByteCount: "{n} byte{s}",
    ]
}
