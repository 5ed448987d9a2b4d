/// The trailer's `lost_by_process` (gaps 28C): read as hostile input, like `run.received_signals`: a bounded list, every
/// number range-checked, every string sanitized and cut where it is read; anything else is an error naming the file
/// and line. Absent in older transcripts (then only `lost_events` is known).
extension TranscriptTrailer {
    var lostByProcessJSON: JSONValue {
        .array(lostByProcess.prefix(ProcessLoss.limit).map { loss in
            .object(JSONObject([("pid", .int(Int64(loss.pid))), ("lost", .int(Int64(loss.lost)))]
                + (loss.process.map { [("process", JSONValue.string($0))] } ?? [])
                + (loss.malformed.map { [("malformed", JSONValue.string($0))] } ?? [])))
        })
    }

    static func lostByProcess(_ o: JSONObject) throws(TranscriptDecodingError) -> [ProcessLoss] {
        guard let value = o["lost_by_process"], value != .null else { return [] }
        guard let items = value.arrayValue, items.count <= ProcessLoss.limit else {
            throw TranscriptDecodingError(Phrase.trLostByProcessList.text(["key": "lost_by_process", "max": ProcessLoss.limit]))
        }
        var out: [ProcessLoss] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let key = "lost_by_process[\(index)]"
            guard let entry = item.objectValue,
                  let pid = try TranscriptLimits.int(entry["pid"], key + ".pid", TranscriptLimits.pid),
                  let lost = try TranscriptLimits.int(entry["lost"], key + ".lost", TranscriptLimits.eventCount) else {
                throw TranscriptDecodingError(Phrase.trLostByProcessEntry.text(["key": key]))
            }
            let process = try text(entry["process"], key + ".process")
            let malformed = try text(entry["malformed"], key + ".malformed")
            out.append(ProcessLoss(pid: Int32(pid), process: process, lost: Int(lost), malformed: malformed))
        }
        return out
    }

    /// An optional string; the sanitizer and the length cut are `ProcessLoss.init`'s.
    private static func text(_ value: JSONValue?, _ key: String) throws(TranscriptDecodingError) -> String? {
        guard let value, value != .null else { return nil }
        guard let text = value.stringValue else { throw TranscriptDecodingError(Phrase.trLostByProcessEntry.text(["key": key])) }
        return text
    }
}
