import Foundation

/// The fast way through the common event line: one pass over its bytes, names and keys numbered straight from
/// the name table, the kind's own fields appended straight to the field store, and no `String`, member array or
/// `JSONValue` of a fixed key made on the way.
///
/// It takes only the plainest lines (what the tracer writes): no white space, no escapes, at most
/// `maxMembers` keys with none repeated, integers that `JSONParser.plainInteger` reads, every number in range.
/// Anything else, including every error, gives nil with nothing kept, and the line is read again the general
/// way (`JSONParser.parseMembers`, `TraceEvent.init(members:fields:)`), which says what is wrong and where.
/// For a line it takes, it gives the event that way gives.
struct EventLineScanner {
    /// More keys than this: the general way (which has the same bound for its own fast path).
    static let maxMembers = 16
    /// Strings this short are made in place (Swift keeps them without an allocation): looking them up costs
    /// more than it saves, and a field's distinct values (`args`, `item`) would fill the table.
    private static let smallString = 15

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 1

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The event on `line` (without its newline), or nil when the line is not of the plainest form or not valid;
    /// on nil, nothing was appended to `writer`'s store.
    static func event(_ line: UnsafeBufferPointer<UInt8>, names: NameTable, fields writer: inout EventFieldWriter) -> TraceEvent? {
        guard line.count >= 2, line[0] == UInt8(ascii: "{") else { return nil }
        let store = writer.room(for: maxMembers)
        let start = store.count
        var scanner = EventLineScanner(line)
        guard let event = scanner.scan(names, store: store, start: start) else {
            store.truncate(to: start)
            return nil
        }
        return event
    }
}

private extension EventLineScanner {
    /// The fixed keys' values, by tag (`TranscriptLine.fixedKeys`).
    struct Fixed {
        var numbers: (seq: Int64?, t: Int64?, pid: Int64?, ppid: Int64?) = (nil, nil, nil, nil)
        var names: (process: EventName, thread: EventName, kind: EventName, object: EventName) = (.none, .none, .none, .none)
        var seen: UInt16 = 0
    }

    mutating func scan(_ names: NameTable, store: EventFieldStore, start: Int) -> TraceEvent? {
        var fixed = Fixed()
        var place = 0
        while true {
            guard place < Self.maxMembers, let keyEnd = plainStringEnd() else { return nil }
            guard let key = names.keyNumber(bytes[(index + 1)..<keyEnd], hint: place < NameTable.hints / 2 ? place : -1) else { return nil }
            index = keyEnd + 1
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            switch key.tag {
            case 0:
                guard key.name != .none, store.slot(of: key.name, from: start, count: store.count - start) == nil,
                      let value = fieldValue(names), Self.inRange(value, key.name) else { return nil }
                store.append(key.name, TextSanitizer.line(value))
            case 1...8:
                let bit = UInt16(1) << key.tag
                guard fixed.seen & bit == 0 else { return nil }
                fixed.seen |= bit
                guard set(&fixed, key.tag, names) else { return nil }
            default:
                return nil  // `trailer`: the last line, read the general way
            }
            place += 1
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "}"), index + 1 == bytes.count else { return nil }
            break
        }
        return Self.event(fixed, store: store, start: start)
    }

    /// Reads the value of fixed key `tag` into `fixed`; false when it is not of the plainest form.
    mutating func set(_ fixed: inout Fixed, _ tag: UInt8, _ names: NameTable) -> Bool {
        if tag <= 4 {
            guard let number = integer() else { return false }
            switch tag {
            case 1: fixed.numbers.seq = number
            case 2: fixed.numbers.t = number
            case 3: fixed.numbers.pid = number
            default: fixed.numbers.ppid = number
            }
            return true
        }
        guard let end = plainStringEnd(),
              let name = names.eventNumber(bytes[(index + 1)..<end], hint: NameTable.hints / 2 + Int(tag)) else { return false }
        index = end + 1
        switch tag {
        case 5: fixed.names.process = name
        case 6: fixed.names.thread = name
        case 7: fixed.names.kind = name
        default: fixed.names.object = name
        }
        return true
    }

    /// The event, when every fixed key is there and in range (the general way's checks, without its messages).
    static func event(_ fixed: Fixed, store: EventFieldStore, start: Int) -> TraceEvent? {
        guard let seq = fixed.numbers.seq, (1...TranscriptLimits.eventCount.upperBound).contains(seq),
              let t = fixed.numbers.t, TranscriptLimits.moment.contains(t),
              let pid = fixed.numbers.pid, TranscriptLimits.pid.contains(pid),
              TranscriptLimits.pid.contains(fixed.numbers.ppid ?? 0),
              fixed.names.kind != .none, fixed.names.process != .none, fixed.names.thread != .none else { return nil }
        let count = store.count - start
        let fields: (store: EventFieldStore, offset: UInt32, count: UInt32) =
            count == 0 ? (EventFieldStore.empty, 0, 0) : (store, UInt32(start), UInt32(count))
        return TraceEvent(seq: Int(seq), t: t, pid: Int32(pid), ppid: Int32(fixed.numbers.ppid ?? 0),
                          process: fixed.names.process, thread: fixed.names.thread,
                          kind: fixed.names.kind, object: fixed.names.object, fields: fields)
    }

    /// Whether an integer field lies in its range (`TranscriptLimits.checkEventField`).
    static func inRange(_ value: JSONValue, _ key: EventName) -> Bool {
        guard case let .int(number) = value else { return true }
        return (key.fieldRange ?? TranscriptLimits.anyInteger).contains(number)
    }

    /// The index of the closing quote of the plain string (no escape, no control) that starts at `index`, or nil.
    func plainStringEnd() -> Int? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        return end < bytes.count && bytes[end] == UInt8(ascii: "\"") ? end : nil
    }

    /// A plain integer, as `JSONParser.parseNumber` reads one; nil for any other number.
    mutating func integer() -> Int64? {
        let start = index
        while index < bytes.count, JSONParser.isNumberByte(bytes[index]) { index += 1 }
        return JSONParser.plainInteger(bytes[start..<index])
    }

    /// A field's value: a plain string, a plain integer, true, false or null; nil for anything else.
    mutating func fieldValue(_ names: NameTable) -> JSONValue? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            guard let end = plainStringEnd() else { return nil }
            let text = bytes[(index + 1)..<end]
            index = end + 1
            let raw = UnsafeBufferPointer(rebasing: text)
            // ASCII needs no validating: decoding it is exact (and the generic `String(validating:)` was slow).
            if text.count <= Self.smallString, raw.allSatisfy({ $0 < 0x80 }) { return .string(String(decoding: raw, as: UTF8.self)) }
            return names.name(text).map { .string($0.text) }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return integer().map(JSONValue.int)
        case UInt8(ascii: "t"): return word("true", .bool(true))
        case UInt8(ascii: "f"): return word("false", .bool(false))
        case UInt8(ascii: "n"): return word("null", .null)
        default: return nil
        }
    }

    mutating func word(_ text: StaticString, _ value: JSONValue) -> JSONValue? {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count, memcmp(bytes.baseAddress! + index, text.utf8Start, count) == 0 else { return nil }
        index += count
        return value
    }
}
