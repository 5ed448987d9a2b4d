extension PhraseTemplate {
    /// `init`'s cut, made on the template's UTF-8 bytes: every English and Chinese text is cut when the first one is
    /// asked for, and the cut through `Substring` and `unicodeScalars` (a generic walk of each byte, a scan of every
    /// scalar for Chinese) was 21M instructions of a replay's main thread (perf 33). The braces are ASCII, so a
    /// cut between bytes is a cut between characters; a Chinese character (`isHan`'s two blocks) is three bytes.
    static func cut(_ bytes: UnsafeBufferPointer<UInt8>) -> (pieces: [Piece], literalBytes: Int, chinese: Bool) {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), n = bytes.count
        var pieces: [Piece] = []
        var literal = 0
        var start = 0
        while true {
            var left = start
            while left < n, bytes[left] != open { left += 1 }
            var right = left + 1
            while right < n, bytes[right] != close { right += 1 }
            guard right < n else { break }
            if left > start {
                pieces.append(.text(string(bytes, start..<left)))
                literal += left - start
            }
            pieces.append(.slot(string(bytes, left + 1..<right), afterHan: endsWithHan(bytes, start..<left)))
            start = right + 1
        }
        if start < n {
            pieces.append(.text(string(bytes, start..<n)))
            literal += n - start
        }
        var chinese = false
        for i in 0..<n where hanAt(bytes, i) { chinese = true; break }
        return (pieces, literal, chinese)
    }
}

private extension PhraseTemplate {
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The last character of `range` is Chinese: its last three bytes are one character (a three-byte lead
    /// byte there: the text is valid UTF-8 and ends before a brace) and `isHan`.
    static func endsWithHan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count >= 3 && hanAt(bytes, range.upperBound - 3)
    }

    /// The character that begins at byte `i` is three bytes long and `isHan`.
    static func hanAt(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let lead = bytes[i]
        guard lead & 0xF0 == 0xE0, i + 2 < bytes.count else { return false }
        let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        return Unicode.Scalar(value).map(isHan) ?? false
    }
}
