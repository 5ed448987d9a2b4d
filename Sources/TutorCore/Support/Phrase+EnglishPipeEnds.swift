extension Phrase {
    /// The English texts of a Pipe end's close, and of a recv() whose EOFError its own process keeps away.
    static let englishPipeEnds: [Phrase: String] = [
        .evPipeClose: "close() of {object} {end}",
        .evPipeDropped: "{object} {end} was garbage-collected without close(), which closes it",
        .hangPipeEndHeld: "{who} waits in {call} on {object} {end}, and nothing more can come: {senders}, the only process that sent on {other}, has ended. recv() raises EOFError only once every copy of {other} is closed, in every process, and {who} itself still holds one: it made the Pipe, and no close() of its {other} was recorded. Close the end you give a child in the parent right after start() (w.close()), so that the child's close, or its end, is the last one.",
    ]
}
