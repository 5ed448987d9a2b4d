/// What the reader knows about the keys of a transcript line before it decodes one.
enum TranscriptLine {
    /// The keys every event has outside its `fields`; tag n (1-based) is `fixedKeys[n - 1]`.
    static let fixedKeys = ["seq", "t", "pid", "ppid", "process", "thread", "kind", "object"]
    /// The tags of the keys whose values are names (`process`, `thread`, `kind`, `object`).
    static let nameTags: ClosedRange<UInt8> = 5...8
    /// The tag of `trailer`, the key that marks the last line.
    static let trailerTag = UInt8(fixedKeys.count + 1)

    /// A name table that tags the fixed keys and `trailer`.
    static func nameTable() -> NameTable {
        var tags: [String: UInt8] = ["trailer": trailerTag]
        for (offset, key) in fixedKeys.enumerated() { tags[key] = UInt8(offset + 1) }
        return NameTable(tags: tags)
    }

    /// Whether a line holds nothing but white space (skipped, as blank lines are).
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.first != UInt8(ascii: "{") && bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
