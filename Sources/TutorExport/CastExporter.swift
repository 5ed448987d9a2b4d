import Foundation
import TutorCore
import TutorAnalysis
import TutorTerminal

/// A replay as an asciicast v2 recording, for asciinema players: line 1 a header (`version` 2, `width`,
/// `height`, `title`, `idle_time_limit`), then one `[seconds, "o", text]` event per line of output.
///
/// The output is exactly what `mp-tutor replay` prints (colours kept). Each timeline row appears at its
/// event's time in the run, read from the row's own time column; the heading comes at 0 and the notes
/// and summary right after the last row. Pauses longer than `idle_time_limit` are shortened by the player,
/// not by us.
public struct CastExporter {
    public let text: String
    public let width: Int
    public let height: Int
    public let title: String
    /// Seconds the whole recording takes at most, however long the run was idle.
    public static let idleTimeLimit = 1.0

    public init(text: String, width: Int, height: Int = 40, title: String) {
        self.text = text
        self.width = width
        self.height = height
        self.title = title
    }

    /// The recording, newline-delimited JSON.
    public func data() -> [UInt8] {
        var out = JSONBytes()
        out.raw("{\"version\":2,\"width\":")
        out.int(width)
        out.raw(",\"height\":")
        out.int(height)
        out.raw(",\"idle_time_limit\":1,\"title\":")
        out.string(title)
        out.raw(",\"env\":{\"TERM\":\"xterm-256color\"}}\n")
        var clock: Double = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
            if let t = Self.rowTime(String(line)), t > clock { clock = t }
            out.raw("[")
            out.fixed(clock, digits: 6)
            out.raw(",\"o\",")
            out.quoted(Self.escaped(String(line) + "\r\n"))
            out.raw("]\n")
        }
        return out.bytes
    }

    public func write(to path: String) throws {
        try ExportFile.write(data(), to: path, what: Phrase.exportCast.text())
    }

    /// The time at the start of a timeline row (`  0.512   …` after any colour codes), in seconds.
    static func rowTime(_ line: String) -> Double? {
        let plain = ANSIScanner.segments(of: line).compactMap { segment -> Character? in
            if case let .character(c) = segment { return c }
            return nil
        }
        let prefix = String(plain.prefix(TimelineRenderer.timeWidth)).trimmingCharacters(in: .whitespaces)
        guard prefix.count >= 5, prefix.contains("."), prefix.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        return Double(prefix)
    }

    /// The terminal's own output as a JSON string: its colour codes are what the player draws, so they stay
    /// (the replay's text was already sanitized when it was rendered); only JSON escaping is added.
    static func escaped(_ output: String) -> [UInt8] {
        var bytes: [UInt8] = [0x22]
        for scalar in output.unicodeScalars {
            switch scalar.value {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x00..<0x20, 0x7F:
                let hex = String(scalar.value, radix: 16)
                bytes += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: bytes += Array(String(scalar).utf8)
            }
        }
        bytes.append(0x22)
        return bytes
    }
}
