import TutorCore

/// Parses `FrontMatter` from the lines between the `---` fences of a lesson.
struct FrontMatterParser {
    struct Failure: Error, Equatable {
        var line: Int
        var message: String
    }

    private struct Line {
        var number: Int
        var indent: Int
        var text: String
    }

    /// Blocks nested deeper than this are refused: a lesson needs three levels, and each takes stack.
    static let maximumNesting = 16

    private var lines: [Line]
    private var position = 0
    private var nesting = 0

    /// - Parameters:
    ///   - text: the block's lines.
    ///   - firstLine: the file line number of the block's first line.
    static func parse(_ text: [Substring], firstLine: Int) throws(Failure) -> FrontMatter {
        var parser = FrontMatterParser(lines: [])
        for (offset, raw) in text.enumerated() {
            let number = firstLine + offset
            if raw.contains("\t") { throw Failure(line: number, message: Phrase.fmTabs.text()) }
            let trimmed = raw.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            parser.lines.append(Line(number: number, indent: raw.count - trimmed.count,
                                     text: String(trimmed).withoutTrailingBlanks))
        }
        let map = try parser.parseMap(indent: 0, line: firstLine)
        if parser.position < parser.lines.count {
            let line = parser.lines[parser.position]
            throw Failure(line: line.number, message: Phrase.fmIndent.text())
        }
        return map
    }
}

private extension FrontMatterParser {
    mutating func parseMap(indent: Int, line: Int) throws(Failure) -> FrontMatter {
        var members: [(key: String, value: FrontMatter)] = []
        while position < lines.count, lines[position].indent == indent, !lines[position].text.hasPrefix("- ") {
            let current = lines[position]
            guard let colon = Self.keyColon(in: current.text) else {
                throw Failure(line: current.number, message: Phrase.fmKeyValue.text(["text": current.text]))
            }
            let key = String(current.text[..<colon])
            guard !members.contains(where: { $0.key == key }) else {
                throw Failure(line: current.number, message: Phrase.fmTwice.text(["key": key]))
            }
            let rest = String(current.text[current.text.index(after: colon)...]).withoutLeadingBlanks
            position += 1
            members.append((key, try parseValue(rest, line: current.number, parentIndent: indent)))
        }
        return .map(members, line: line)
    }

    /// The value after `key:`: inline, or a nested block on the following, more indented lines.
    mutating func parseValue(_ inline: String, line: Int, parentIndent: Int) throws(Failure) -> FrontMatter {
        if !inline.isEmpty { return try Self.scalarOrInlineList(inline, line: line) }
        guard position < lines.count, lines[position].indent > parentIndent
            || (lines[position].indent == parentIndent && lines[position].text.hasPrefix("- ")) else {
            return .scalar("", line: line)
        }
        // A block value is reported at its key's line: that is where an author looks for it.
        let next = lines[position]
        guard nesting < Self.maximumNesting else {
            throw Failure(line: next.number, message: Phrase.fmTooDeep.text(["n": Self.maximumNesting]))
        }
        nesting += 1
        defer { nesting -= 1 }
        return next.text.hasPrefix("- ") ? try parseList(indent: next.indent, line: line)
            : try parseMap(indent: next.indent, line: line)
    }

    mutating func parseList(indent: Int, line: Int) throws(Failure) -> FrontMatter {
        var items: [FrontMatter] = []
        while position < lines.count, lines[position].indent == indent, lines[position].text.hasPrefix("- ") {
            let current = lines[position]
            let body = String(current.text.dropFirst(2)).withoutLeadingBlanks
            let bodyIndent = indent + (current.text.count - body.count)
            if Self.keyColon(in: body) != nil, !body.hasPrefix("\"") {
                // A map item: re-read its first line as if it stood alone at the item's indentation.
                lines[position] = Line(number: current.number, indent: bodyIndent, text: body)
                items.append(try parseMap(indent: bodyIndent, line: current.number))
            } else {
                position += 1
                items.append(try Self.scalarOrInlineList(body, line: current.number))
            }
        }
        return .list(items, line: line)
    }

    static func scalarOrInlineList(_ text: String, line: Int) throws(Failure) -> FrontMatter {
        if text.hasPrefix("[") {
            guard text.hasSuffix("]") else { throw Failure(line: line, message: Phrase.fmListEnd.text()) }
            let inner = text.dropFirst().dropLast()
            let parts = listItems(inner).map { $0.withoutLeadingBlanks.withoutTrailingBlanks }
            return .list(try parts.filter { !$0.isEmpty }.map { part throws(Failure) in try scalar(part, line: line) }, line: line)
        }
        return try scalar(text, line: line)
    }

    /// The items of an inline list, split at commas outside quotes: a quoted choice may hold a comma
    /// (`"{min(3, workers)}"`, gaps 29C). One pass over the text.
    static func listItems(_ inner: Substring) -> [String] {
        var items: [String] = [], current = "", quote: Character?, escaped = false
        for ch in inner {
            if let open = quote {
                if escaped { escaped = false } else if ch == "\\" && open == "\"" { escaped = true } else if ch == open { quote = nil }
            } else if ch == "\"" || ch == "'", current.allSatisfy({ $0 == " " }) {
                quote = ch
            } else if ch == "," {
                items.append(current)
                current = ""
                continue
            }
            current.append(ch)
        }
        items.append(current)
        return items
    }

    /// A scalar, through the one sanitizer: lesson files are outside text (a `\n` escape stays a newline).
    static func scalar(_ text: String, line: Int) throws(Failure) -> FrontMatter {
        guard let quote = text.first, quote == "\"" || quote == "'" else {
            return .scalar(TextSanitizer.neutralize(text, keepColors: false), line: line)
        }
        let trailingBackslashes = text.dropLast().reversed().prefix { $0 == "\\" }.count
        guard text.count >= 2, text.last == quote, quote == "'" || trailingBackslashes % 2 == 0 else {
            throw Failure(line: line, message: Phrase.fmQuoteEnd.text(["quote": quote]))
        }
        var out = ""
        var escaped = false
        for ch in text.dropFirst().dropLast() {
            if escaped {
                out.append(ch == "n" ? "\n" : ch)
                escaped = false
            } else if ch == "\\" && quote == "\"" {
                escaped = true
            } else {
                out.append(ch)
            }
        }
        return .scalar(TextSanitizer.neutralize(out, keepColors: false), line: line)
    }
}

extension FrontMatterParser {
    /// The position of the colon that ends a key (`name: ...` or `name:` at the end).
    static func keyColon(in text: String) -> String.Index? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        let after = text.index(after: colon)
        return after == text.endIndex || text[after] == " " ? colon : nil
    }
}

extension String {
    var withoutLeadingBlanks: String { String(drop { $0 == " " }) }
    var withoutTrailingBlanks: String {
        var s = Substring(self)
        while s.last == " " || s.last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
