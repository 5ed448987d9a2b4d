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
    /// `byteClasses`, taken once per line (not once per byte).
    private let classes: UnsafePointer<UInt8>

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        classes = Self.byteClasses
    }

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
            guard place < Self.maxMembers else { return nil }
            let hint = place < NameTable.hints / 2 ? place : -1
            let key: (tag: UInt8, name: EventName)
            // The last line's key at this place, compared in place; else the string's end found and looked up.
            if let found = names.hinted(bytes, quote: index, hint: hint) {
                key = (found.tag, found.name)
                index = found.end + 1
            } else {
                guard let keyEnd = plainStringEnd(), let number = names.keyNumber(bytes[(index + 1)..<keyEnd], hint: hint) else { return nil }
                key = number
                index = keyEnd + 1
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            switch key.tag {
            case 0:
                guard key.name != .none, store.slot(of: key.name, from: start, count: store.count - start) == nil,
                      let (value, printable) = fieldValue(names), Self.inRange(value, key.name) else { return nil }
                // A string of printable ASCII is in `line` form already (and a number, true, false, null have no text).
                store.append(key.name, printable ? value : TextSanitizer.line(value))
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
        let hint = NameTable.hints / 2 + Int(tag)
        let name: EventName
        if let found = names.hinted(bytes, quote: index, hint: hint) {
            name = found.name
            index = found.end + 1
        } else {
            guard let end = plainStringEnd(), let number = names.eventNumber(bytes[(index + 1)..<end], hint: hint) else { return false }
            name = number
            index = end + 1
        }
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
    func plainStringEnd() -> Int? { plainString()?.end }

    /// The same, and whether the string is printable ASCII (no byte from 0x7F up: `TextSanitizer.line` keeps it as is).
    @inline(__always) func plainString() -> (end: Int, printable: Bool)? {
        guard index < bytes.count, let base = bytes.baseAddress, base[index] == UInt8(ascii: "\"") else { return nil }
        let count = bytes.count
        var end = index + 1
        // Each byte's class (`byteClasses`): bit 0 ends the plain string, bit 1 is a byte `line` may change.
        var seen: UInt8 = 0
        // The first bytes one by one (a key is a few bytes), then eight at a time while a whole word lies before the
        // line's end: a word without a quote, a backslash or a control byte is passed whole; the word with one is
        // left to the byte loop, which finds where.
        let first = min(count, end + 8)
        while end < first {
            let byteClass = classes[Int(base[end])]
            if byteClass & 1 != 0 { break }
            seen |= byteClass
            end += 1
        }
        if end == first {
            // Bit 7 of a byte lane is set when a byte was 0x7F or more (`x | x + 1`; a carry out of a lane comes only
            // from a byte 0xFF, whose own lane is set already).
            var high: UInt64 = 0
            while end + 8 <= count {
                let word = UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)
                guard !Self.mayEndString(word) else { break }
                high |= word | (word &+ Self.ones)
                end += 8
            }
            if high & Self.highBits != 0 { seen |= 2 }
            while end < count {
                let byteClass = classes[Int(base[end])]
                if byteClass & 1 != 0 { break }
                seen |= byteClass
                end += 1
            }
        }
        guard end < count, base[end] == UInt8(ascii: "\"") else { return nil }
        return (end, seen == 0)
    }

    /// Per byte: 1 for a quote, a backslash or a control byte (the plain string ends, or is not plain), 2 for a byte
    /// from 0x7F up (DEL, or part of a character beyond ASCII), 0 for printable ASCII. Never freed.
    nonisolated(unsafe) static let byteClasses: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for byte in 0..<256 { table[byte] = byte < 0x20 || byte == 0x22 || byte == 0x5C ? 1 : byte >= 0x7F ? 2 : 0 }
        return UnsafePointer(table)
    }()

    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `word` is a quote, a backslash or below 0x20 (exact for "any": each test sets a lane's
    /// high bit for a zero lane, or a lane below 0x20, and a borrow comes only from such a lane).
    @inline(__always) static func mayEndString(_ word: UInt64) -> Bool {
        let quotes = word ^ (ones &* 0x22), backslashes = word ^ (ones &* 0x5C)
        let zeroQuote = (quotes &- ones) & ~quotes
        let zeroBackslash = (backslashes &- ones) & ~backslashes
        let control = (word &- ones &* 0x20) & ~word
        return (zeroQuote | zeroBackslash | control) & highBits != 0
    }

    /// A plain integer, as `JSONParser.parseNumber` reads one; nil for any other number.
    ///
    /// `JSONParser.plainInteger`'s rule in the same pass as finding the number's end: an optional minus, 1 to 18
    /// digits, no leading zero unless alone, and no number byte (`.`, `e`, `E`, `+`, `-`) after the digits (where
    /// that way's run of number bytes would go on and it would refuse the run).
    mutating func integer() -> Int64? {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        var at = index
        let negative = at < count && base[at] == UInt8(ascii: "-")
        if negative { at += 1 }
        let first = at
        var value: Int64 = 0
        while at < count {
            let digit = base[at] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            value = value &* 10 &+ Int64(digit)
            at += 1
        }
        let digits = at - first
        guard digits > 0, digits <= 18, digits == 1 || base[first] != UInt8(ascii: "0"),
              at == count || !JSONParser.isNumberByte(base[at]) else { return nil }
        index = at
        return negative ? -value : value
    }

    /// A field's value: a plain string, a plain integer, true, false or null; nil for anything else. `printable`:
    /// the value holds no text that `TextSanitizer.line` would change (printable ASCII, or no text at all).
    mutating func fieldValue(_ names: NameTable) -> (value: JSONValue, printable: Bool)? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            guard let (end, printable) = plainString() else { return nil }
            let text = bytes[(index + 1)..<end]
            index = end + 1
            let raw = UnsafeBufferPointer(rebasing: text)
            // ASCII needs no validating: decoding it is exact (and the generic `String(validating:)` was slow).
            if text.count <= Self.smallString, printable || raw.allSatisfy({ $0 < 0x80 }) {
                return (.string(String(decoding: raw, as: UTF8.self)), printable)
            }
            return names.name(text).map { (.string($0.text), printable) }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return integer().map { (.int($0), true) }
        case UInt8(ascii: "t"): return word("true", .bool(true)).map { ($0, true) }
        case UInt8(ascii: "f"): return word("false", .bool(false)).map { ($0, true) }
        case UInt8(ascii: "n"): return word("null", .null).map { ($0, true) }
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
