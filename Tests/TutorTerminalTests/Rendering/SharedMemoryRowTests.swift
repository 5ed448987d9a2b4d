import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// shared_memory rows name the segment.
final class SharedMemoryRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    func testSharedMemoryRowsNameTheSegment() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let made = s.add(1, pid: 100, process: "MainProcess", .shmCreate, object: "SharedMemory#1",
                         [("type", .string("SharedMemory")), ("name", .string("psm_ab")), ("size", .int(16))])
        let list = s.add(2, pid: 100, process: "MainProcess", .shmCreate, object: "ShareableList#1",
                         [("type", .string("ShareableList")), ("name", .string("psm_cd")), ("size", .int(91)), ("value", .string("[41, 'todo']"))])
        let attach = s.add(3, pid: 101, process: "Process-1", .shmAttach, object: "SharedMemory#1",
                           [("type", .string("SharedMemory")), ("name", .string("psm_ab")), ("size", .int(16))])
        let item = s.add(4, pid: 101, process: "Process-1", .sharedWrite, object: "ShareableList#1",
                         [("attr", .string("[0]")), ("value", .string("42")), ("list", .bool(true))])
        let close = s.add(5, pid: 101, process: "Process-1", .shmClose, object: "SharedMemory#1")
        let unlink = s.add(6, pid: 100, process: "MainProcess", .shmUnlink, object: "SharedMemory#1")
        let again = s.add(7, pid: 100, process: "MainProcess", .shmUnlink, object: "SharedMemory#1", [("error", .string("FileNotFoundError"))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        // gaps 7: a SharedMemory's rows say its .buf is not traced (a ShareableList's items are)
        let untraced = " (reads and writes through its .buf are not traced: this timeline cannot show them)"
        XCTAssertEqual(d.describe(made), "SharedMemory#1 created: shared memory segment psm_ab, 16 bytes" + untraced)
        XCTAssertEqual(d.describe(list), "ShareableList#1 created: ShareableList [41, 'todo'] in shared memory segment psm_cd (91 bytes)")
        XCTAssertEqual(d.describe(attach), "attached to SharedMemory#1 by name (segment psm_ab, 16 bytes)" + untraced)
        XCTAssertEqual(d.describe(item), "wrote 42 to ShareableList#1[0]")
        XCTAssertEqual(d.describe(close), "SharedMemory#1.close(): this process no longer maps the segment (the segment stays)")
        XCTAssertEqual(d.describe(unlink), "SharedMemory#1.unlink(): the segment's name psm_ab is removed; its memory is freed once every process has closed it")
        XCTAssertEqual(d.describe(again), "SharedMemory#1.unlink() raised FileNotFoundError")
    }
}
