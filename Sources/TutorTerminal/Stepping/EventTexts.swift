import TutorAnalysis

/// Every event of a run in words, made when asked for: a screen shows one event's words and its lanes'
/// neighbours, so putting a million events in words before the first screen (twice: with colour and
/// for searching) only delayed that screen and held the text in memory.
struct EventTexts: Sendable, RandomAccessCollection {
    let describer: EventDescriber
    let lowercased: Bool

    var startIndex: Int { 0 }
    var endIndex: Int { describer.timeline.events.count }

    subscript(index: Int) -> String {
        let text = describer.describe(index)
        return lowercased ? text.lowercased() : text
    }

    /// Appends the UTF-8 of `self[index]` to `bytes`: the same bytes, without a second string when the text
    /// is ASCII (nearly every event), where lower-casing is A-Z to a-z and nothing else.
    func appendUTF8(of index: Int, to bytes: inout [UInt8]) {
        var text = describer.describe(index)
        guard lowercased else { return bytes.append(contentsOf: text.utf8) }
        let ascii: Bool? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            let start = bytes.count
            bytes.append(contentsOf: utf8)
            for i in start..<bytes.count {
                let byte = bytes[i]
                if byte >= 0x80 {
                    bytes.removeSubrange(start...)
                    return false
                }
                if byte &- 0x41 < 26 { bytes[i] = byte | 0x20 }
            }
            return true
        }
        if ascii == true { return }
        if ascii == nil { text.makeContiguousUTF8() }
        bytes.append(contentsOf: text.lowercased().utf8)
    }
}
