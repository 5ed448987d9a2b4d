import Foundation
import TutorCore
import TutorAnalysis
import TutorTerminal

/// A growing UTF-8 buffer for writing large JSON files fast: integers and microsecond times are written
/// digit by digit, and every string goes through `ExportText` (sanitizer and escaping).
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// ASCII punctuation and keys written by the exporter itself (never outside text).
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// An outside or computed string, cleaned and quoted.
    mutating func string(_ text: String) { ExportText.appendJSON(text, to: &bytes) }

    /// A string already cleaned and quoted by `ExportText.json`, e.g. a cached lane name.
    mutating func quoted(_ literal: [UInt8]) { bytes.append(contentsOf: literal) }

    mutating func int(_ value: Int64) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(48 + magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    mutating func int(_ value: Int) { int(Int64(value)) }

    /// Nanoseconds written as microseconds with three decimals (`1234567` → `1234.567`): exact, no float.
    mutating func microseconds(_ ns: Int64) {
        if ns < 0 { bytes.append(0x2D) }
        let magnitude = ns.magnitude
        int(Int64(magnitude / 1000))
        let fraction = magnitude % 1000
        guard fraction != 0 else { return }
        bytes.append(0x2E)
        bytes.append(UInt8(48 + fraction / 100))
        bytes.append(UInt8(48 + fraction / 10 % 10))
        bytes.append(UInt8(48 + fraction % 10))
    }

    /// A finite number with `digits` decimals (`0.512000`).
    mutating func fixed(_ value: Double, digits: Int) {
        bytes.append(contentsOf: Array(String(format: "%.\(digits)f", value.isFinite ? value : 0).utf8))
    }

    /// A JSON value from a transcript field, its strings cleaned.
    mutating func value(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case let .bool(b): b ? raw("true") : raw("false")
        case let .int(i): int(i)
        case let .double(d): d.isFinite ? bytes.append(contentsOf: Array(String(d).utf8)) : raw("null")
        case let .string(s): string(s)
        case let .array(items):
            raw("[")
            for (i, item) in items.enumerated() {
                if i > 0 { raw(",") }
                self.value(item)
            }
            raw("]")
        case let .object(object):
            raw("{")
            for (i, member) in object.members.enumerated() {
                if i > 0 { raw(",") }
                string(member.key)
                raw(":")
                self.value(member.value)
            }
            raw("}")
        }
    }
}
