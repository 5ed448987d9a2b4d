import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// The in-place field readers (`TraceEvent+FieldBits`) answer what the copying accessors answer: for every field of
/// every event of every committed transcript, and for values of each JSON kind made here (numbers at `intValue`'s
/// edges, a string long enough to live on the heap, bytes beyond ASCII).
final class TraceEventFieldBitsTests: XCTestCase {
    /// Each byte its own bit (bytes 64 apart share one): the bits of a value tell which bytes it holds.
    private static let table: [UInt64] = (0..<256).map { 1 << UInt64($0 % 64) }

    private static func expectedBits(_ value: JSONValue?) -> UInt64 {
        guard let text = value?.stringValue else { return 0 }
        return text.utf8.reduce(0) { $0 | table[Int($1)] }
    }

    private static func expectedShape(_ value: JSONValue?) -> FieldShape {
        switch value {
        case nil: .absent
        case .null?: .null
        case let .bool(b)?: b ? .trueValue : .falseValue
        case .int?: .integer
        case let .double(d)?: JSONValue.double(d).intValue == nil ? .fraction : .integer
        case .string?: .string
        case .array?: .array
        case .object?: .object
        }
    }

    /// Checks every reader on event `e` (at `pointer`) against the copying accessors, for each of its fields and for
    /// a field it lacks; returns the number of fields checked.
    private func check(_ pointer: UnsafePointer<TraceEvent>, _ table: UnsafePointer<UInt64>, _ what: String) -> Int {
        let e = pointer.pointee
        var keys: [EventName] = []
        e.forEachField { key, _ in keys.append(key) }
        let absent = EventName("no such field in any transcript")
        for key in keys + [absent] {
            let value = e[key: key]
            XCTAssertEqual(pointer.shape(of: key), Self.expectedShape(value), "\(what) \(key.text)")
            XCTAssertEqual(pointer.intField(key), e.int(key), "\(what) \(key.text)")
            XCTAssertEqual(pointer.utf8Bits(of: key, table: table), Self.expectedBits(value), "\(what) \(key.text)")
            if let text = value?.stringValue {
                XCTAssertTrue(pointer.field(key, is: text), "\(what) \(key.text)")
                XCTAssertFalse(pointer.field(key, is: text + "x"), "\(what) \(key.text)")
            } else {
                XCTAssertFalse(pointer.field(key, is: ""), "\(what) \(key.text)")
            }
        }
        // Three fields at once: the bits of each, together.
        let three = Array(keys.prefix(3)) + [EventName](repeating: .none, count: max(0, 3 - keys.count))
        XCTAssertEqual(pointer.utf8Bits(of: three[0], three[1], three[2], table: table),
                       three.reduce(0) { $0 | Self.expectedBits(e[key: $1]) }, what)
        XCTAssertEqual(e.objectName.utf8Bits(table: table), Self.expectedBits(e.object.map(JSONValue.string)), what)
        return keys.count
    }

    func testEveryFieldOfEveryCommittedTranscriptReadsAsTheAccessorsReadIt() throws {
        let root = BinaryHarness.repoRoot
        var paths: [String] = []
        for folder in ["corpus/transcripts", "transcripts", "Tests/Fixtures"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder).filter { $0.hasSuffix(".jsonl") }
            paths += names.sorted().map { root + "/" + folder + "/" + $0 }
        }
        XCTAssertGreaterThan(paths.count, 800)
        var fields = 0
        Self.table.withUnsafeBufferPointer { table in
            for path in paths {
                guard let events = try? TranscriptReader.read(path: path).events else { continue }
                events.withUnsafeBufferPointer { buffer in
                    for i in buffer.indices {
                        fields += check(buffer.baseAddress! + i, table.baseAddress!, "\(path) event \(i)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(fields, 100_000)
    }

    func testValuesOfEachKindAtTheEdgesOfIntValue() {
        let long = String(repeating: "exit code ", count: 10) + "→ é"
        let fields = JSONObject([
            ("n", .null), ("no", .bool(false)), ("yes", .bool(true)), ("int", .int(-42)), ("whole", .double(3.0)),
            ("half", .double(3.5)), ("huge", .double(1e16)), ("short", .string("square")), ("long", .string(long)),
            ("empty", .string("")), ("list", .array([.string("x")])), ("object", .object(JSONObject([("x", .string("x"))]))),
        ])
        let events = [TraceEvent(seq: 1, t: 0, pid: 1, ppid: 0, process: "MainProcess", thread: "MainThread",
                                 kind: "future.submit", object: "Lock#1", fields: fields)]
        let shapes: [String: FieldShape] = ["n": .null, "no": .falseValue, "yes": .trueValue, "int": .integer, "whole": .integer,
                                            "half": .fraction, "huge": .fraction, "short": .string, "long": .string,
                                            "empty": .string, "list": .array, "object": .object, "absent": .absent]
        Self.table.withUnsafeBufferPointer { table in
            events.withUnsafeBufferPointer { buffer in
                let e = buffer.baseAddress!
                XCTAssertEqual(check(e, table.baseAddress!, "made"), 12)
                for (name, shape) in shapes { XCTAssertEqual(e.shape(of: EventName(name)), shape, name) }
                XCTAssertEqual(e.intField(EventName("whole")), 3)
                XCTAssertNil(e.intField(EventName("half")))
                XCTAssertNil(e.intField(EventName("huge")))
                XCTAssertEqual(e.utf8Bits(of: EventName("long"), table: table.baseAddress!), Self.expectedBits(.string(long)))
                XCTAssertNotEqual(e.utf8Bits(of: EventName("long"), table: table.baseAddress!), 0)
                XCTAssertEqual(e.utf8Bits(of: EventName("list"), table: table.baseAddress!), 0)
                XCTAssertTrue(e.field(EventName("short"), is: "square"))
                XCTAssertFalse(e.field(EventName("int"), is: "-42"))
            }
        }
    }
}
