import Foundation
import TutorCore
import TutorAnalysis
import TutorTerminal

/// A growing UTF-8 buffer for writing large JSON files fast: integers and microsecond times are written
/// digit by digit, and every string goes through `ExportText` (sanitizer and escaping).
struct JSONBytes {
    private(set) var bytes: [UInt8] = []
    /// Where the bytes go as the buffer fills (nil: they all stay in `bytes`).
    private let sink: ExportSink?
    /// The buffer size at which `drain` hands the bytes to the sink.
    static let drainBytes = 1 << 20

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
        sink = nil
    }

    /// A buffer that writes into `sink` as it goes, so a large export never exists whole in memory.
    init(sink: ExportSink) {
        bytes.reserveCapacity(Self.drainBytes + (1 << 16))
        self.sink = sink
    }

    /// Hands the bytes so far to the sink once there are enough of them (call between values, never inside one).
    mutating func drain(force: Bool = false) {
        guard let sink, force || bytes.count >= Self.drainBytes else { return }
        sink.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// ASCII punctuation and keys written by the exporter itself (never outside text).
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// An outside or computed string, cleaned and quoted.
    mutating func string(_ text: String) { ExportText.appendJSON(text, to: &bytes) }

    /// `"\(first) \(second)"`, cleaned and quoted; made without the joined string when both are plain ASCII.
    mutating func string(_ first: String, space second: String) {
        let plain = first.utf8.withContiguousStorageIfAvailable { ExportText.isPlain($0) } == true
            && second.utf8.withContiguousStorageIfAvailable { ExportText.isPlain($0) } == true
        guard plain else { return string("\(first) \(second)") }
        bytes.append(0x22)
        bytes.append(contentsOf: first.utf8)
        bytes.append(0x20)
        bytes.append(contentsOf: second.utf8)
        bytes.append(0x22)
    }

    /// A string already cleaned and quoted by `ExportText.json`, e.g. a cached lane name.
    mutating func quoted(_ literal: [UInt8]) { bytes.append(contentsOf: literal) }

    mutating func int(_ value: Int64) { JSONValue.writeInt(value, to: &bytes) }

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
