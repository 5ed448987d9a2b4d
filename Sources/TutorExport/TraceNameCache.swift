import TutorCore

/// The JSON string literals of the names a trace repeats on every event (an event's `kind object` name,
/// its field keys), each made once from the sanitized name table (`EventNames`) through `ExportText`, then
/// copied as bytes: a million events name a handful of kinds, objects and keys.
///
/// Bounded by the names a run has: keys are cached by their number (the table already holds each name
/// once), event names by their pair of numbers.
struct TraceNameCache {
    /// Quoted key literal per key number; empty when not made yet (a literal is never empty: it has quotes).
    private var keys: [[UInt8]] = []
    private var eventNames: [UInt64: [UInt8]] = [:]

    /// `"kind object"` (or `"kind"` for an event without an object), as `JSONBytes.string(_:space:)` writes it.
    mutating func eventName(of event: TraceEvent) -> [UInt8] {
        let pair = UInt64(event.kindName.rawValue) << 32 | UInt64(event.objectName.rawValue)
        if let cached = eventNames[pair] { return cached }
        var literal = JSONBytes(capacity: 64)
        if let object = event.object { literal.string(event.kind, space: object) } else { literal.string(event.kind) }
        eventNames[pair] = literal.bytes
        return literal.bytes
    }

    /// A field key's literal, as `JSONBytes.string` writes it.
    mutating func key(_ name: EventName) -> [UInt8] {
        let number = Int(name.rawValue)
        if number < keys.count, !keys[number].isEmpty { return keys[number] }
        if number >= keys.count { keys += Array(repeating: [], count: number + 1 - keys.count) }
        var literal = JSONBytes(capacity: 32)
        literal.string(name.text)
        keys[number] = literal.bytes
        return literal.bytes
    }
}
