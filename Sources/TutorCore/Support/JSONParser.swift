/// A strict JSON parser for one transcript line.
///
/// Written here rather than using JSONSerialization so that errors say where the problem is,
/// booleans stay booleans on Linux, and object key order survives.
public struct JSONParser {
    /// What went wrong and at which byte column (1-based).
    public struct Failure: Error, Equatable, Sendable {
        public var column: Int
        public var reason: String
    }

    /// The bytes being read: a raw buffer, because element access through an Array is slow in debug builds.
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    private var depth = 0
    /// Where short strings are looked up when reading a transcript (nil: every string is made afresh).
    var names: NameTable?
    private static let maxDepth = 256

    /// Parses exactly one JSON value (surrounding white space allowed).
    public static func parse(_ bytes: ArraySlice<UInt8>) throws(Failure) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) -> JSONValue in try parseBuffer(buffer) }
    }

    static func parseBuffer(_ buffer: UnsafeBufferPointer<UInt8>, names: NameTable? = nil) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes: buffer, names: names)
        parser.skipSpace()
        let value = try parser.parseValue()
        parser.skipSpace()
        guard parser.index == parser.bytes.count else { throw parser.failure("unexpected text after the JSON value") }
        return value
    }

    /// Parses a string's UTF-8 bytes.
    public static func parse(_ text: String) throws(Failure) -> JSONValue {
        try parse(ArraySlice(text.utf8))
    }

    init(bytes: UnsafeBufferPointer<UInt8>, names: NameTable? = nil) {
        self.bytes = bytes
        self.names = names
    }
}

extension JSONParser {
    func failure(_ reason: String) -> Failure { Failure(column: index + 1, reason: reason) }

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipSpace() {
        while let b = current, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { index += 1 }
    }

    mutating func parseValue() throws(Failure) -> JSONValue {
        guard let b = current else { throw failure("the line ends where a value should start") }
        switch b {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw failure("unexpected character '\(Self.printable(b))'")
        }
    }

    static func printable(_ b: UInt8) -> String {
        (0x20..<0x7F).contains(b) ? String(UnicodeScalar(b)) : "\\x" + String(b, radix: 16)
    }

    mutating func expectWord(_ word: String) throws(Failure) {
        for expected in word.utf8 {
            guard current == expected else { throw failure("expected '\(word)'") }
            index += 1
        }
    }

    mutating func enter() throws(Failure) {
        depth += 1
        if depth > Self.maxDepth { throw failure("nested more than \(Self.maxDepth) levels deep") }
    }

    mutating func parseObject() throws(Failure) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [(String, JSONValue)] = []
        skipSpace()
        if current == UInt8(ascii: "}") { index += 1; return .object(JSONObject()) }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
            let key = try parseString()
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw failure("expected ':' after a key") }
            index += 1
            skipSpace()
            members.append((key, try parseValue()))
            skipSpace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(JSONObject(members))
            case nil: throw failure("the line ends inside an object (missing '}')")
            default: throw failure("expected ',' or '}'")
            }
        }
    }

    mutating func parseArray() throws(Failure) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var items: [JSONValue] = []
        skipSpace()
        if current == UInt8(ascii: "]") { index += 1; return .array([]) }
        while true {
            skipSpace()
            items.append(try parseValue())
            skipSpace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(items)
            case nil: throw failure("the line ends inside an array (missing ']')")
            default: throw failure("expected ',' or ']'")
            }
        }
    }

    mutating func parseNumber() throws(Failure) -> JSONValue {
        let start = index
        while let b = current, Self.isNumberByte(b) { index += 1 }
        if let integer = Self.plainInteger(bytes[start..<index]) { return .int(integer) }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard Self.isStrictNumber(bytes[start..<index]) else {
            throw Failure(column: start + 1, reason: "'\(text)' is not a number")
        }
        let isInteger = !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        if isInteger, let value = Int64(text) { return .int(value) }
        guard text.first != "+", let value = Double(text), value.isFinite else {
            throw Failure(column: start + 1, reason: "'\(text)' is not a number")
        }
        return .double(value)
    }

    /// Most numbers in a transcript are plain integers (`seq`, `t`, `pid`): read them without building a String.
    static func plainInteger(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Int64? {
        var i = s.startIndex
        let negative = i < s.endIndex && s[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        let digitCount = s.endIndex - i
        // 18 digits always fit in an Int64; a leading zero is only allowed alone.
        guard digitCount > 0, digitCount <= 18, digitCount == 1 || s[i] != UInt8(ascii: "0") else { return nil }
        var value: Int64 = 0
        while i < s.endIndex {
            let digit = s[i] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int64(digit)
            i += 1
        }
        return negative ? -value : value
    }

    /// RFC 8259 numbers: `-? (0 | [1-9][0-9]*) (\.[0-9]+)? ([eE][+-]?[0-9]+)?`, so `01`, `1.` and `-.5` are refused.
    static func isStrictNumber(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var i = s.startIndex
        func at(_ b: Character) -> Bool { i < s.endIndex && s[i] == UInt8(ascii: b.unicodeScalars.first!) }
        func digits() -> Int {
            let from = i
            while i < s.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(s[i]) { i += 1 }
            return i - from
        }
        if at("-") { i += 1 }
        let leadingZero = at("0")
        let integerDigits = digits()
        guard integerDigits > 0, !(leadingZero && integerDigits > 1) else { return false }
        if at(".") {
            i += 1
            guard digits() > 0 else { return false }
        }
        if at("e") || at("E") {
            i += 1
            if at("+") || at("-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == s.endIndex
    }

    static func isNumberByte(_ b: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "e")
            || b == UInt8(ascii: "E") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }

    mutating func parseString() throws(Failure) -> String {
        index += 1
        // Most strings have no escapes: take them in one piece.
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\""), let names, let name = names.name(bytes[index..<end]) {
            index = end + 1
            return name.text
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\""), let text = String(validating: bytes[index..<end], as: UTF8.self) {
            index = end + 1
            return text
        }
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flush(_ parser: JSONParser, upTo end: Int) throws(Failure) {
            guard runStart < end else { return }
            guard let run = String(validating: parser.bytes[runStart..<end], as: UTF8.self) else {
                throw Failure(column: firstInvalidUTF8(parser.bytes[runStart..<end]) + 1, reason: "the text is not valid UTF-8")
            }
            scalars.append(contentsOf: run.unicodeScalars)
        }
        while let b = current {
            switch b {
            case UInt8(ascii: "\""):
                try flush(self, upTo: index)
                index += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                try flush(self, upTo: index)
                index += 1
                scalars.append(try parseEscape())
                runStart = index
            case 0..<0x20:
                throw failure("a control character inside a string must be escaped")
            default:
                index += 1
            }
        }
        throw failure("the line ends inside a string (missing '\"')")
    }

    /// The index of the first byte that does not start a valid UTF-8 sequence.
    func firstInvalidUTF8(_ run: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var iterator = run.makeIterator()
        var decoder = UTF8()
        var offset = run.startIndex
        while case let .scalarValue(scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
        return offset
    }

    mutating func parseEscape() throws(Failure) -> UnicodeScalar {
        guard let b = current else { throw failure("the line ends inside an escape") }
        index += 1
        switch b {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800..<0xDC00).contains(high), current == UInt8(ascii: "\\"),
               index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") {
                index += 2
                let low = try parseHex4()
                if (0xDC00..<0xE000).contains(low),
                   let scalar = UnicodeScalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) {
                    return scalar
                }
                index -= 6 // not a low surrogate: the second escape is a character of its own
                return "\u{FFFD}"
            }
            return UnicodeScalar(high) ?? "\u{FFFD}"
        default:
            throw Failure(column: index, reason: "unknown escape '\\\(Self.printable(b))'")
        }
    }

    mutating func parseHex4() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let b = current, let digit = Self.hexDigit(b) else { throw failure("expected 4 hex digits after \\u") }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    static func hexDigit(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
