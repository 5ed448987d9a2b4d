extension JSONParser {
    /// One member of a line's top-level object: its key, the key's tag in the name table, the key's number in
    /// `EventNames` (`.none` for a key the table does not keep), its value, and for a plain string under a
    /// name key (`process`, `thread`, `kind`, `object`) the value's number in `EventNames`.
    /// A struct, not a tuple: a five-element tuple was copied through the runtime's generic tuple witnesses.
    struct Member {
        var key: String
        var tag: UInt8
        var keyName: EventName
        var value: JSONValue
        var name: EventName
    }

    /// The members of the object on one transcript line, in order and with repeated keys kept (the caller
    /// decides which wins), short strings taken from `names`; nil when the line holds valid JSON that is
    /// not an object. Errors are those `parse` gives for the same bytes.
    static func parseMembers(_ buffer: UnsafeBufferPointer<UInt8>, names: NameTable) throws(Failure) -> [Member]? {
        var members: [Member] = []
        return try parseMembers(buffer, names: names, into: &members) ? members : nil
    }

    /// `parseMembers`, into `members` (emptied first, its room kept): a reader reuses one array for every line.
    /// - Returns: false when the line holds valid JSON that is not an object.
    static func parseMembers(_ buffer: UnsafeBufferPointer<UInt8>, names: NameTable, into members: inout [Member]) throws(Failure) -> Bool {
        members.removeAll(keepingCapacity: true)
        var parser = JSONParser(bytes: buffer, names: names)
        parser.skipSpace()
        guard parser.current == UInt8(ascii: "{") else {
            _ = try parseBuffer(buffer, names: names)
            return false
        }
        try parser.parseTopMembers(names, into: &members)
        parser.skipSpace()
        guard parser.index == parser.bytes.count else { throw parser.failure(Phrase.jsonTrailing.text()) }
        return true
    }
}

private extension JSONParser {
    /// `parseObject` for the outermost object, keeping the members apart instead of building a JSONObject.
    mutating func parseTopMembers(_ names: NameTable, into members: inout [Member]) throws(Failure) {
        try enter()
        index += 1
        members.reserveCapacity(12)
        skipSpace()
        if current == UInt8(ascii: "}") { index += 1; return }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw failure(Phrase.jsonQuotedKey.text()) }
            let (key, tag, keyName) = try parseKey(names, place: members.count)
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw failure(Phrase.jsonColon.text()) }
            index += 1
            skipSpace()
            if TranscriptLine.nameTags.contains(tag), let name = parseName(names, tag: tag) {
                members.append(Member(key: key, tag: tag, keyName: keyName, value: .string(name.text), name: name.name))
            } else {
                members.append(Member(key: key, tag: tag, keyName: keyName, value: try parseValue(), name: .none))
            }
            skipSpace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return
            case nil: throw failure(Phrase.jsonObjectOpen.text())
            default: throw failure(Phrase.jsonCommaBrace.text())
            }
        }
    }

    /// A plain string (no escapes) kept by the table, with its event name number; nil leaves the value unread.
    mutating func parseName(_ names: NameTable, tag: UInt8) -> (text: String, name: EventName)? {
        guard current == UInt8(ascii: "\"") else { return nil }
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\""), let name = names.eventName(bytes[(index + 1)..<end], hint: NameTable.hints / 2 + Int(tag)) else { return nil }
        index = end + 1
        return name
    }

    /// A key and its tag: a plain key straight from the table, an escaped one the long way.
    /// `place`: the key's position in its line, the table's hint (keys come in the same order line after line).
    mutating func parseKey(_ names: NameTable, place: Int) throws(Failure) -> (String, UInt8, EventName) {
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\""), let key = names.key(bytes[(index + 1)..<end], hint: place < NameTable.hints / 2 ? place : -1) {
            index = end + 1
            return key
        }
        let key = try parseString()
        return (key, names.tag(of: key), .none)
    }
}
