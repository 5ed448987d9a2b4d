import TutorCore

/// The small byte writes a row's words are made of, without a string per piece.
enum RowBytes {
    /// Appends `text`'s UTF-8 (a native string's bytes are copied as they are; a bridged one's made first).
    @inline(__always) static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends `value` in decimal, as `String(value)` writes it.
    static func append(_ value: Int64, to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: DecimalDigits.count(value)))
        bytes.withUnsafeMutableBufferPointer { _ = DecimalDigits.write(value, into: $0, at: start) }
    }

    /// Whether every byte of `text` is ASCII: where a row cuts a value by characters (a tuple's brackets), a
    /// value of ASCII only is cut the same by bytes (the one ASCII pair that is a single character, CR LF,
    /// is a newline, and a row holding one is left to the describer).
    @inline(__always) static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return true }
            let count = bytes.count
            var i = 0
            while i + 8 <= count {
                if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
            while i < count {
                if base[i] >= 0x80 { return false }
                i += 1
            }
            return true
        }
    }
}
