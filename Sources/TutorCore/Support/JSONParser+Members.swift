extension JSONParser {
    /// One member of a line's top-level object: its key, the key's tag in the name table, its value.
    typealias Member = (key: String, tag: UInt8, value: JSONValue)

    /// The members of the object on one transcript line, in order and with repeated keys kept (the caller
    /// decides which wins), short strings taken from `names`; nil when the line holds valid JSON that is
    /// not an object. Errors are those `parse` gives for the same bytes.
    static func parseMembers(_ buffer: UnsafeBufferPointer<UInt8>, names: NameTable) throws(Failure) -> [Member]? {
        var parser = JSONParser(bytes: buffer, names: names)
        parser.skipSpace()
        guard parser.current == UInt8(ascii: "{") else {
            _ = try parseBuffer(buffer, names: names)
            return nil
        }
        let members = try parser.parseTopMembers(names)
        parser.skipSpace()
        guard parser.index == parser.bytes.count else { throw parser.failure("unexpected text after the JSON value") }
        return members
    }
}

private extension JSONParser {
    /// `parseObject` for the outermost object, keeping the members apart instead of building a JSONObject.
    mutating func parseTopMembers(_ names: NameTable) throws(Failure) -> [Member] {
        try enter()
        index += 1
        var members: [Member] = []
        members.reserveCapacity(12)
        skipSpace()
        if current == UInt8(ascii: "}") { index += 1; return members }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
            let (key, tag) = try parseKey(names)
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw failure("expected ':' after a key") }
            index += 1
            skipSpace()
            members.append((key, tag, try parseValue()))
            skipSpace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return members
            case nil: throw failure("the line ends inside an object (missing '}')")
            default: throw failure("expected ',' or '}'")
            }
        }
    }

    /// A key and its tag: a plain key straight from the table, an escaped one the long way.
    mutating func parseKey(_ names: NameTable) throws(Failure) -> (String, UInt8) {
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\""), let name = names.name(bytes[(index + 1)..<end]) {
            index = end + 1
            return (name.text, name.tag)
        }
        let key = try parseString()
        return (key, names.tag(of: key))
    }
}
