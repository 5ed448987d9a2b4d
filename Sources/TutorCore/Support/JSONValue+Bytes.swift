/// The same compact JSON as `serialized()`, appended as UTF-8 bytes to a buffer: no intermediate
/// `String` per value, for writing long transcripts.
extension JSONValue {
    /// Appends the value's JSON text (exactly `serialized()`'s bytes) to `out`.
    func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: Self.nullBytes)
        case let .bool(b): out.append(contentsOf: b ? Self.trueBytes : Self.falseBytes)
        case let .int(i): Self.writeInt(i, to: &out)
        case let .double(d):
            if d.isFinite { out.append(contentsOf: String(d).utf8) } else { out.append(contentsOf: Self.nullBytes) }
        case let .string(s): Self.writeString(s, to: &out)
        case let .array(items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let .object(object):
            object.write(to: &out)
        }
    }

    /// An integer in decimal, digit by digit (the exports write their numbers with it too).
    public static func writeInt(_ value: Int64, to out: inout [UInt8]) {
        if value >= 0, value < 10 {
            out.append(UInt8(48 + value))
            return
        }
        // Digits from the right into a small buffer on the stack, then one append (20 digits and a sign at most).
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var index = buffer.count
            var magnitude = value.magnitude
            repeat {
                index -= 1
                buffer[index] = UInt8(48 + magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                index -= 1
                buffer[index] = UInt8(ascii: "-")
            }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[index...]))
        }
    }

    /// A quoted string with `writeString(_:to: inout String)`'s escapes; every other byte as it is (the
    /// escapes are all ASCII, so UTF-8 bytes of 0x80 and above are copied whole).
    static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    let hex = Array(String(byte, radix: 16).utf8)
                    out.append(contentsOf: [0x5C, UInt8(ascii: "u")] + Array(repeating: UInt8(ascii: "0"), count: 4 - hex.count) + hex)
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let nullBytes = Array("null".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
}

extension JSONObject {
    /// Appends `{...}` with the members in order (exactly `JSONValue.object(self).serialized()`'s bytes).
    func write(to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, member) in members.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSONValue.writeString(member.key, to: &out)
            out.append(UInt8(ascii: ":"))
            member.value.write(to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }
}
