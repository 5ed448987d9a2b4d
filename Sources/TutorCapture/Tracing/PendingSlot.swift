import TutorCore

/// The side slot beside an event file (`<event file>.pending`, docs/tracer-protocol.md): text an unbuffered stream
/// wrote without its newline that no event recorded, because the process was ended by a signal first.
///
/// The tracer keeps it cheap to write: raw text behind a fixed header, no JSON. This reads it as outside input:
/// every length and number is range-checked, the text's invalid UTF-8 is replaced (U+FFFD), and a slot that does
/// not follow the format yields the records read before the fault and `corrupt` (never a crash, never a guess).
struct PendingSlot {
    /// One `print` event per record read (`n` -1: the reader numbers them after the file's last line).
    var records: [TracerRecord] = []
    /// Whether some of the slot did not follow the format (its rest is not read).
    var corrupt = false

    /// The slot's largest size (the tracer's SLOT): a longer length is not the tracer's.
    static let capacity = 1 << 20
    /// Bytes before a record's text: `P`, stream, tid, t, chars, byte count (numbers little-endian).
    static let headerSize = 1 + 1 + 8 + 8 + 8 + 4
    /// The tracer's CUT: a record's text is at most this many characters, so at most 4 bytes each.
    static let maxTextBytes = 65536 * 4

    /// No slot (the process never had unbuffered text without its newline).
    init() {}

    /// Reads a slot's bytes (an absent or empty slot has no records and is not corrupt).
    init(bytes: [UInt8]) {
        guard bytes.count >= 4 else {
            corrupt = !bytes.isEmpty
            return
        }
        let length = Self.number(bytes, 0, 4)
        guard length <= UInt64(Self.capacity - 4), 4 + Int(length) <= bytes.count else {
            corrupt = true
            return
        }
        var start = 4
        let end = 4 + Int(length)
        while start < end {
            guard let (record, next) = Self.record(bytes, from: start, to: end) else {
                corrupt = true
                return
            }
            records.append(record)
            start = next
        }
    }
}

private extension PendingSlot {
    /// The record at `start` and where the next begins; nil when it does not follow the format.
    static func record(_ bytes: [UInt8], from start: Int, to end: Int) -> (TracerRecord, Int)? {
        guard end - start >= headerSize, bytes[start] == UInt8(ascii: "P") else { return nil }
        let stream: String
        switch bytes[start + 1] {
        case UInt8(ascii: "o"): stream = "stdout"
        case UInt8(ascii: "e"): stream = "stderr"
        default: return nil
        }
        let tid = number(bytes, start + 2, 8), t = number(bytes, start + 10, 8), chars = number(bytes, start + 18, 8)
        let size = number(bytes, start + 26, 4)
        guard tid <= UInt64(Int64.max), t <= UInt64(Int64.max), chars <= UInt64(Int64.max),
              size <= UInt64(maxTextBytes), Int(size) <= end - start - headerSize else { return nil }
        let textStart = start + headerSize
        let text = String(decoding: bytes[textStart..<textStart + Int(size)], as: UTF8.self)
        var members: [(String, JSONValue)] = [
            ("kind", .string(EventKind.print.rawValue)), ("t", .int(Int64(t))), ("n", .int(-1)), ("tid", .int(Int64(tid))),
            ("stream", .string(stream)), ("text", .string(text)),
        ]
        if chars > 0 { members.append(("chars", .int(Int64(chars)))) }
        members += [("partial", .bool(true)), ("found_after_end", .bool(true))]
        guard let record = TracerRecord(object: JSONObject(members)) else { return nil }
        return (record, textStart + Int(size))
    }

    /// The little-endian unsigned number in `bytes[start..<start + width]` (the caller checked they are there).
    static func number(_ bytes: [UInt8], _ start: Int, _ width: Int) -> UInt64 {
        var value: UInt64 = 0
        for i in (0..<width).reversed() { value = value << 8 | UInt64(bytes[start + i]) }
        return value
    }
}
