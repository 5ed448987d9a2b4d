import Foundation
import TutorCore

/// What `mp-tutor list` shows of a lesson, read from its front matter alone: the id, unit, summary and
/// variants. The claims, notes, questions and body are not read (nor checked) until the lesson is used,
/// so listing thirty lessons costs a few small reads rather than thirty full parses.
public struct LessonHeadline: Sendable, Equatable {
    public var id: String
    /// The curriculum unit, e.g. `C Pool` (the index's unit wins, as for a `Lesson`).
    public var unit: String
    /// One line for `mp-tutor list`.
    public var summary: String
    /// The ids of the lesson's variants.
    public var variants: [String]
    /// The file read (a translation's own file).
    public var file: String

    /// The top-level keys a headline reads.
    static let keys: Set<String> = ["id", "unit", "summary", "variants"]

    /// Reads the headline of the lesson at `path`; the errors are the lesson parser's, with file and line,
    /// for what the headline reads (a broken claim is reported when the lesson is used).
    static func load(path: String) throws -> LessonHeadline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MPTutorError.badInput(file: path, line: nil, message: "the lesson file cannot be read")
        }
        // Only the front matter is decoded: up to the first line that is `---` in ASCII blanks. A closing
        // line with other blanks around it comes no later, so the prefix holds whatever the full parser finds.
        guard let text = String(data: frontMatterPrefix(of: data), encoding: .utf8) else {
            throw MPTutorError.badInput(file: path, line: nil, message: "the lesson is not valid UTF-8 text")
        }
        return try parse(text, file: path)
    }

    /// The headline of a lesson's text (the whole file or a prefix holding its front matter).
    static func parse(_ text: String, file: String) throws -> LessonHeadline {
        func fail(_ line: Int?, _ message: String) -> MPTutorError { .badInput(file: file, line: line, message: message) }
        let (lines, close) = try LessonParser.fenced(text, file: file)
        var meta: [String: FrontMatter] = [:]
        var index = 1
        while index < close {
            guard let key = topLevelKey(lines[index]), keys.contains(key) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < close, topLevelKey(lines[end]) == nil, !startsTopLevel(lines[end]) { end += 1 }
            guard meta[key] == nil else { throw fail(index + 1, "'\(key)' is given twice") }
            do {
                meta[key] = try FrontMatterParser.parse(Array(lines[index..<end]), firstLine: index + 1)[key]
            } catch {
                throw fail(error.line, error.message)
            }
            index = end
        }
        guard let id = meta["id"]?.text, !id.isEmpty else { throw fail(meta["id"]?.line ?? 2, "the front matter needs 'id'") }
        let variants = try LessonParser.parseVariants(meta["variants"], fail: fail)
        return LessonHeadline(id: id, unit: meta["unit"]?.text ?? "", summary: meta["summary"]?.text ?? "",
                              variants: variants.map(\.id), file: file)
    }
}

private extension LessonHeadline {
    /// The bytes up to and including the first line after the first that is `---` between spaces and tabs
    /// (every such line is a fence to the parser too); all of them when there is none.
    static func frontMatterPrefix(of data: Data) -> Data {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Data in
            guard let firstEnd = bytes.firstIndex(of: 0x0A) else { return data }
            var start = firstEnd + 1
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                // The `\r` of a CRLF goes (the parser reads CRLF as LF), then spaces and tabs.
                var low = start, high = end < bytes.count && end > start && bytes[end - 1] == 0x0D ? end - 1 : end
                while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 { low += 1 }
                while high > low, bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 { high -= 1 }
                if high - low == 3, bytes[low] == 0x2D, bytes[low + 1] == 0x2D, bytes[low + 2] == 0x2D {
                    return Data(bytes[0..<min(end + 1, bytes.count)])
                }
                start = end + 1
            }
            return data
        }
    }

    /// The key of a line that starts a top-level `key: value` (no indentation), else nil.
    static func topLevelKey(_ line: Substring) -> String? {
        guard let first = line.first, first != " ", first != "#", first != "-" else { return nil }
        let text = String(line)
        return FrontMatterParser.keyColon(in: text).map { String(text[..<$0]) }
    }

    /// A line at column 0 that is not a blank, a comment or a list item: it ends the block above it.
    static func startsTopLevel(_ line: Substring) -> Bool {
        guard let first = line.first else { return false }
        return first != " " && first != "#" && !line.hasPrefix("- ") && !line.allSatisfy { $0 == " " || $0 == "\r" }
    }
}
