import TutorCore

/// Rows of what gaps 13A and 13B left (gaps 14B).
extension EventDescriber {
    /// A Process made with a str or bytes as its args: tuple() made one argument per character or byte.
    func argsStringRow(_ e: TraceEvent) -> String {
        let value = e.string(EventField.value) ?? "?"
        let phrase = e.string(EventField.objectType) == "bytes" ? Phrase.evProcessArgsBytes : .evProcessArgsString
        return phrase.text(["name": e.name ?? "?", "value": value, "n": e.int(EventField.count) ?? 0])
    }

    /// An object a Queue's feeder thread could not pickle: dropped; put() had returned, so the program is never told.
    /// Round 18E: when the same process had begun joining that queue's feeder thread at exit (queue.feeder.wait), the
    /// feeder was past `is_exiting()`: queues._feed then returns at the error, leaving the rest of its buffer unwritten.
    func putDroppedRow(_ e: TraceEvent) -> String {
        let ago = e.int(EventField.sincePutNs).map { Phrase.evQueuePutChangedAgo.text(["duration": Format.duration(ns: $0)]) } ?? ""
        let row = Phrase.evQueuePutDropped.text(["item": e.item ?? "?", "type": e.string(EventField.objectType) ?? "?",
                                                 "object": e.object ?? "?", "message": e.string(EventField.message) ?? "?", "ago": ago])
        let exiting = timeline.events.last {
            $0.known == .queueFeederWait && $0.pid == e.pid && $0.object == e.object && $0.t <= e.t && $0.bool(EventField.atExit) == true
        }
        guard let exiting else { return row }
        return row + Phrase.evQueuePutDroppedAtExit.text(["at": Format.seconds(exiting.t)])
    }
}
