import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// How shared Value/Array events read in a timeline row.
final class SharedEventDescriberTests: XCTestCase {
    private func describe(_ kind: String, object: String, _ fields: [(String, JSONValue)], ascii: Bool = false) -> String {
        var s = EventScript()
        s.add(1, pid: 100, process: "MainProcess", kind, object: object, fields)
        var capabilities = TerminalCapabilities.plain
        capabilities.unicode = !ascii
        return EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: capabilities)).describe(0)
    }

    func testCreateNamesTypeInitialValueAndLock() {
        XCTAssertEqual(describe("shared.create", object: "Value#1", [("ctype", .string("c_int")), ("value", .string("7")),
                                                                    ("lock", .string("h1")), ("lock_label", .string("RLock#1")),
                                                                    ("user_lock", .bool(false))]),
                       "Value#1 created (c_int = 7, lock RLock#1)")
        XCTAssertEqual(describe("shared.create", object: "Array#1", [("ctype", .string("c_char")), ("length", .int(11)),
                                                                    ("value", .string("b'hello'")), ("lock", .string("h2")),
                                                                    ("lock_label", .string("Lock#1")), ("user_lock", .bool(true))]),
                       "Array#1 created (c_char[11] = b'hello', lock Lock#1, passed by the program)")
        XCTAssertEqual(describe("shared.create", object: "Value#2", [("ctype", .string("c_bool")), ("value", .string("False")),
                                                                    ("lock", .bool(false))]),
                       "Value#2 created (c_bool = False; raw: no lock, reads and writes not traced)")
    }

    func testReadsAndWritesNameTheMember() {
        XCTAssertEqual(describe("shared.read", object: "Value#1", [("attr", .string("value")), ("value", .string("49"))]),
                       "read Value#1.value → 49")
        XCTAssertEqual(describe("shared.read", object: "Array#2", [("attr", .string("[0:2]")), ("value", .string("[5, 6]"))], ascii: true),
                       "read Array#2[0:2] -> [5, 6]")
        XCTAssertEqual(describe("shared.write", object: "Value#3", [("attr", .string("x")), ("value", .string("3"))]),
                       "wrote 3 to Value#3.x")
        XCTAssertEqual(describe("shared.write", object: "Array#1", [("attr", .string("[4]")), ("value", .string("10"))]),
                       "wrote 10 to Array#1[4]")
    }
}
