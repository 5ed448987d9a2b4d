/// The JSON text of each event name (a process, thread, kind, object or field key: `"MainProcess"` with its
/// quotes and escapes), made the first time a writer meets the name and copied after that: a long transcript
/// names a few dozen things a million times.
struct JSONNameBytes {
    /// By the name's number; empty until made (a JSON string is never empty: it has its quotes).
    private var literals: [[UInt8]] = []

    /// Appends the name's JSON string to `out`.
    mutating func write(_ name: EventName, to out: inout [UInt8]) {
        let index = Int(name.rawValue)
        if index >= literals.count { literals.append(contentsOf: repeatElement([], count: index + 1 - literals.count)) }
        if literals[index].isEmpty {
            var literal: [UInt8] = []
            JSONValue.writeString(name.text, to: &literal)
            literals[index] = literal
        }
        out.append(contentsOf: literals[index])
    }
}
