import TutorCore

/// A word of the claim language.
enum ClaimToken: Equatable {
    case word(String)
    case number(Double)
    case string(String)
    case op(ComparisonOperator)
    case symbol(Character)

    /// Splits a claim into tokens; `throws` with the offending column on anything it cannot read.
    static func tokenize(_ text: String) throws(ClaimParser.Failure) -> [ClaimToken] {
        var tokens: [ClaimToken] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " { i += 1; continue }
            if c == "\"" || c == "'" {
                guard let end = chars[(i + 1)...].firstIndex(of: c) else {
                    throw .init(message: Phrase.ctString.text(["n": i + 1]))
                }
                tokens.append(.string(String(chars[(i + 1)..<end])))
                i = end + 1
            } else if "()[],:".contains(c) {
                tokens.append(.symbol(c))
                i += 1
            } else if "=!<>~".contains(c) {
                let two = i + 1 < chars.count ? String(chars[i...(i + 1)]) : String(c)
                if let op = ComparisonOperator(rawValue: two) {
                    tokens.append(.op(op)); i += 2
                } else if let op = ComparisonOperator(rawValue: String(c)) {
                    tokens.append(.op(op)); i += 1
                } else {
                    throw .init(message: Phrase.ctOperator.text(["n": i + 1]))
                }
            } else if c.isNumber || (c == "-" && i + 1 < chars.count && chars[i + 1].isNumber) {
                var j = i + 1
                while j < chars.count, chars[j].isNumber || chars[j] == "." { j += 1 }
                var unitEnd = j
                while unitEnd < chars.count, chars[unitEnd].isLetter { unitEnd += 1 }
                guard var value = Double(String(chars[i..<j])), value.isFinite else { throw .init(message: Phrase.ctNumber.text(["n": i + 1])) }
                switch String(chars[j..<unitEnd]) {
                case "": break
                case "s": break
                case "ms": value /= 1e3
                case "us", "µs": value /= 1e6
                case let unit: throw .init(message: Phrase.ctUnit.text(["unit": unit, "n": j + 1]))
                }
                tokens.append(.number(value))
                i = unitEnd
            } else if c.isLetter || c == "_" || c == "*" {
                var j = i
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || "_.*#-".contains(chars[j]) { j += 1 }
                tokens.append(.word(String(chars[i..<j])))
                i = j
            } else {
                throw .init(message: Phrase.ctUnexpected.text(["char": c, "n": i + 1]))
            }
        }
        return tokens
    }
}
