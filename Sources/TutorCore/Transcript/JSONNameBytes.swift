/// The JSON text of each event name (a process, thread, kind, object or field key: `"MainProcess"` with its
/// quotes and escapes), made the first time a writer meets the name and copied after that: a long transcript
/// names a few dozen things a million times.
struct JSONNameBytes {
    /// Every literal made so far, one after the other.
    private var arena: [UInt8] = []
    /// Where each name's literal lies in `arena`, by the name's number; a count of 0 until made (a JSON string
    /// is never empty: it has its quotes).
    private var spans: [(start: Int, count: Int)] = []

    /// Appends the name's JSON string to `out`.
    mutating func write(_ name: EventName, to out: inout [UInt8]) {
        let index = Int(name.rawValue)
        if index >= spans.count { spans.append(contentsOf: repeatElement((start: 0, count: 0), count: index + 1 - spans.count)) }
        if spans[index].count == 0 {
            let start = arena.count
            JSONValue.writeString(name.text, to: &arena)
            spans[index] = (start, arena.count - start)
        }
        let span = spans[index]
        arena.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[span.start..<(span.start + span.count)])) }
    }
}
