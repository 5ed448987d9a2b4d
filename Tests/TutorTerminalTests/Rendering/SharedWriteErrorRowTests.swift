import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 14A, r13_shared_string_array: `buf.value = b'this message is far too long'` on an `Array('c', 16)` raised
/// ValueError in the child, and no row said so (the tracer recorded a write only when it succeeded).
final class SharedWriteErrorRowTests: XCTestCase {
    private let capabilities = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    private func row(attr: String, value: String, error: String) -> String {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .sharedCreate, object: "Array#1",
              [("type", .string("Array")), ("ctype", .string("c_char")), ("length", .int(16)), ("value", .string("b''")), ("lock", .bool(true))])
        s.add(2, pid: 10, process: "MainProcess", .sharedWriteError, object: "Array#1",
              [("attr", .string(attr)), ("value", .string(value)), ("error", .string(error))])
        let timeline = s.timeline()
        return EventDescriber(timeline: timeline, painter: Painter(capabilities: capabilities)).describe(timeline.events.count - 1)
    }

    func testAStringTooLongForItsArraySaysNothingWasWritten() {
        XCTAssertEqual(row(attr: "value", value: "b'this message is far too long'", error: "ValueError: byte string too long"),
                       "Array#1.value = b'this message is far too long' raised ValueError: byte string too long: Array#1 holds 16 "
                       + "bytes, so nothing was written: it keeps what it held before")
        XCTAssertEqual(row(attr: "[20]", value: "1", error: "IndexError: invalid index"),
                       "Array#1[20] = 1 raised IndexError: invalid index: nothing was written")
    }

    func testASliceThatFailedPartWaySaysTheItemsBeforeWereWritten() {
        XCTAssertEqual(row(attr: "[0:2]", value: "[7]", error: "ValueError: Can only assign sequence of same size"),
                       "Array#1[0:2] = [7] raised ValueError: Can only assign sequence of same size: nothing was written")
        XCTAssertTrue(row(attr: "[0:3]", value: "[1, 'x', 3]", error: "TypeError: 'str' object cannot be interpreted as an integer")
            .hasSuffix("ctypes writes a slice item by item, so the items before the one that failed were written, the rest not"))
    }
}
