/// The trailer's `run.received_signals` (guard 24): the signals mp-tutor itself received during the run, so that a
/// replay says what `trace` said. Read as hostile input: a bounded list, every number range-checked, the name and
/// relation from small fixed alphabets; anything else is an error naming the file and line.
extension RunFacts {
    /// Longest signal name kept (`SIGRTMIN+15`, `signal 64`).
    static let signalNameLimit = 24

    var receivedSignalsJSON: [(String, JSONValue)] {
        guard !receivedSignals.isEmpty || receivedSignalsDropped > 0 else { return [] }
        let list = receivedSignals.prefix(ReceivedSignal.limit).map { received -> JSONValue in
            .object(JSONObject([
                ("signal", .int(Int64(received.signal))), ("name", .string(received.name)),
                ("sender_pid", .int(Int64(received.senderPid))), ("from_run", .bool(received.fromRun)),
                ("at_ns", .int(Int64(clamping: received.atNs))),
            ] + (received.relation.map { [("relation", JSONValue.string($0.rawValue))] } ?? [])))
        }
        return [("received_signals", .array(list))]
            + (receivedSignalsDropped > 0 ? [("received_signals_dropped", JSONValue.int(Int64(receivedSignalsDropped)))] : [])
    }

    mutating func readReceivedSignals(_ o: JSONObject) throws(TranscriptDecodingError) {
        receivedSignalsDropped = Int(try TranscriptLimits.int(o, "received_signals_dropped", TranscriptLimits.eventCount) ?? 0)
        guard let value = o["received_signals"], value != .null else { return }
        guard let items = value.arrayValue else {
            throw TranscriptDecodingError(Phrase.trReceivedSignalsList.text(["key": "received_signals", "max": ReceivedSignal.limit]))
        }
        guard items.count <= ReceivedSignal.limit else {
            throw TranscriptDecodingError(Phrase.trReceivedSignalsTooMany.text(["n": items.count, "max": ReceivedSignal.limit]))
        }
        receivedSignals = []
        receivedSignals.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            receivedSignals.append(try Self.receivedSignal(item, key: "received_signals[\(index)]"))
        }
    }

    private static func receivedSignal(_ item: JSONValue, key: String) throws(TranscriptDecodingError) -> ReceivedSignal {
        guard let entry = item.objectValue else { throw TranscriptDecodingError(Phrase.trReceivedSignalEntry.text(["key": key])) }
        guard let signal = try TranscriptLimits.int(entry["signal"], key + ".signal", 1...TranscriptLimits.signal.upperBound),
              let sender = try TranscriptLimits.int(entry["sender_pid"], key + ".sender_pid", TranscriptLimits.pid),
              let at = try TranscriptLimits.int(entry["at_ns"], key + ".at_ns", TranscriptLimits.moment),
              let fromRun = entry["from_run"]?.boolValue else {
            throw TranscriptDecodingError(Phrase.trReceivedSignalEntry.text(["key": key]))
        }
        guard let name = entry["name"]?.stringValue, isSignalName(name) else {
            throw TranscriptDecodingError(Phrase.trReceivedSignalName.text(["key": key + ".name", "max": signalNameLimit]))
        }
        var relation: ReceivedSignal.Relation?
        if let word = entry["relation"], word != .null {
            guard let known = word.stringValue.flatMap(ReceivedSignal.Relation.init(rawValue:)), fromRun else {
                throw TranscriptDecodingError(Phrase.trReceivedSignalRelation.text(["key": key + ".relation"]))
            }
            relation = known
        }
        return ReceivedSignal(signal: Int32(signal), name: name, senderPid: Int32(sender), fromRun: fromRun,
                              atNs: UInt64(at), relation: relation)
    }

    /// ASCII letters, digits, `+` and a space, at most `signalNameLimit` of them: a name is shown as it is.
    private static func isSignalName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty, bytes.count <= signalNameLimit else { return false }
        return bytes.allSatisfy { byte in
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: " ")
        }
    }
}
