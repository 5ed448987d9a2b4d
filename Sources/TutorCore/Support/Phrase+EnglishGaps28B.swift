extension Phrase {
    /// The English texts of gaps 28B (issue 11): a process renamed by the program, named as the program then named it.
    static let englishGaps28B: [Phrase: String] = [
        .laneRenamed: "{name} (was {was})",
        .summaryQueueClosedCalls: " · {puts} and {gets} raised ValueError, called after their own process had closed the queue (close()): nothing was put or got",
        .evListenerCreated: "Listener({address}, {family}) made: it listens there; each accept() sends a client a challenge that only a holder of the same authkey answers",
        .evListenerCreatedNoKey: "Listener({address}, {family}) made: it listens there, with no authkey: accept() takes any client that connects, unchecked",
        .evListenerClosed: "closed Listener({address}, {family}): no client can connect any more",
        .evListenerClosedUnlinked: "closed Listener({address}, {family}): no client can connect any more, and its socket file is removed",
    ]
}
