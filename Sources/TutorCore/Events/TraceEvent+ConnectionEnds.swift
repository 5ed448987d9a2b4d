/// The two ends of a traced connection: a `Pipe()`'s `A` and `B`, or the `listener` and `client` sides of a
/// `Listener`/`Client` connection. A message sent on one end is received on the other.
extension TraceEvent {
    /// The end a message sent on `end` arrives at; nil for an end mp-tutor does not know.
    public static func otherEnd(_ end: String) -> String? {
        switch end {
        case "A": "B"
        case "B": "A"
        case "listener": "client"
        case "client": "listener"
        default: nil
        }
    }

    /// True for a side of a `Listener`/`Client` connection (not a `Pipe()` end).
    public static func isConnectionSide(_ end: String?) -> Bool { end == "listener" || end == "client" }

    /// The end in words: `end A`, `(client side)`.
    public static func endWords(_ end: String?) -> String {
        switch end {
        case "listener": Phrase.connectionListenerSide.text()
        case "client": Phrase.connectionClientSide.text()
        default: Phrase.pipeEnd.text(["end": end ?? "?"])
        }
    }
}
