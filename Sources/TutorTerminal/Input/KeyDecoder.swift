import TutorCore
import TutorAnalysis

/// Turns the bytes read from a raw-mode terminal into keys.
///
/// A read may end in the middle of an escape sequence (`ESC [` now, `C` in the next read) or of a
/// multi-byte UTF-8 character: such a tail is kept until more bytes come. A lone ESC is ambiguous
/// (the Escape key, or the start of an arrow key whose rest is late), so the caller waits briefly
/// and calls `flush()` when nothing followed.
struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    init() {}

    /// True while an incomplete sequence waits for more bytes.
    var hasPending: Bool { !pending.isEmpty }

    /// Decodes `bytes` after whatever was pending; an incomplete tail stays pending.
    mutating func feed(_ bytes: [UInt8]) -> [Key] {
        pending += bytes
        var keys: [Key] = []
        var index = 0
        while index < pending.count {
            guard let (key, length) = Self.decode(pending, at: index) else { break }
            keys.append(key)
            index += length
        }
        pending.removeFirst(index)
        return keys
    }

    /// Gives up waiting: a pending ESC is the Escape key, and the bytes after it are read as plain keys.
    mutating func flush() -> [Key] {
        guard !pending.isEmpty else { return [] }
        var rest = pending
        pending = []
        var keys: [Key] = []
        if rest.first == 0x1B {
            keys.append(.escape)
            rest.removeFirst()
        }
        for byte in rest {
            // A cut UTF-8 character can no longer complete: it is not a key.
            keys.append(byte < 0x80 ? Self.decode([byte], at: 0)?.key ?? .unknown : .unknown)
        }
        return keys
    }
}

private extension KeyDecoder {
    /// The key at `index` and how many bytes it used, or nil when the bytes there are an incomplete start.
    static func decode(_ bytes: [UInt8], at index: Int) -> (key: Key, length: Int)? {
        let byte = bytes[index]
        switch byte {
        case 0x1B: return escape(bytes, at: index)
        case 0x0D, 0x0A: return (.enter, 1)
        case 0x7F, 0x08: return (.backspace, 1)
        case 0x03: return (.interrupt, 1)
        case 0x04: return (.endOfInput, 1)
        case 0x1A: return (.suspend, 1)
        case 0x20...0x7E: return (.character(Character(Unicode.Scalar(byte))), 1)
        case 0x00...0x1F: return (.unknown, 1)
        default: return utf8(bytes, at: index)
        }
    }

    /// `ESC [ params final` (CSI) or `ESC O final` (SS3, what terminals in "application" mode send).
    static func escape(_ bytes: [UInt8], at index: Int) -> (key: Key, length: Int)? {
        guard index + 1 < bytes.count else { return nil }
        let introducer = bytes[index + 1]
        if introducer == UInt8(ascii: "O") {
            guard index + 2 < bytes.count else { return nil }
            return (finalKey(bytes[index + 2], parameters: []), 3)
        }
        guard introducer == UInt8(ascii: "[") else {
            // ESC then another key (Alt+key): the Escape alone; the next key is read on its own.
            return (.escape, 1)
        }
        var end = index + 2
        while end < bytes.count, (0x20...0x3F).contains(bytes[end]) { end += 1 }
        guard end < bytes.count else { return nil }
        guard (0x40...0x7E).contains(bytes[end]) else { return (.unknown, end - index) }
        let parameters = bytes[(index + 2)..<end].split(separator: UInt8(ascii: ";")).map { Int(String(decoding: $0, as: UTF8.self)) ?? 0 }
        return (finalKey(bytes[end], parameters: parameters), end - index + 1)
    }

    static func finalKey(_ final: UInt8, parameters: [Int]) -> Key {
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "~"):
            switch parameters.first {
            case 1, 7: return .home
            case 4, 8: return .end
            case 5: return .pageUp
            case 6: return .pageDown
            default: return .unknown
            }
        default: return .unknown
        }
    }

    static func utf8(_ bytes: [UInt8], at index: Int) -> (key: Key, length: Int)? {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1 else { return (.unknown, 1) }  // a stray continuation byte
        guard index + length <= bytes.count else { return nil }
        let text = String(decoding: bytes[index..<(index + length)], as: UTF8.self)
        guard text.count == 1, let character = text.first, character != "\u{FFFD}" else { return (.unknown, length) }
        return (.character(character), length)
    }
}
