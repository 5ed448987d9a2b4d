import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// What gaps 15B left (gaps 16A): rows that said less than the record holds.
final class Gaps16ARowTests: XCTestCase {
    /// g16a_executor_chunk_culprit: ProcessPoolExecutor.map()'s chunk whose item 1 could not be pickled, the tracer
    /// having placed it at input 7 of the map's whole input; an older record (or a chunk not submitted by map()) has no
    /// `input_index`: the chunk's place only.
    func testAnExecutorMapChunksCulpritIsPlacedInTheWholeInput() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let message: (String, JSONValue) = ("message", .string("TypeError: cannot pickle '_thread.lock' object"))
        func unsent(_ ms: Double, work: Int, _ extra: [(String, JSONValue)]) -> Int {
            s.add(ms, pid: 100, process: "MainProcess", thread: "QueueFeederThread", .futureResult, object: "ProcessPoolExecutor#1",
                  [("work", .int(Int64(work))), ("ok", .bool(false)), ("error", .string("TypeError")), ("unsent", .bool(true)), message,
                   ("chunk_item", .int(1)), ("argument_type", .string("lock"))] + extra)
        }
        let placed = unsent(1, work: 2, [("input_index", .int(7))])
        let older = unsent(2, work: 3, [])
        let rows = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(rows.describe(placed), "work item 2 never reached a worker: the item at index 1 of its map() chunk (index 7 of map()'s whole input; a lock) could not be pickled (TypeError: cannot pickle '_thread.lock' object), so sending the whole chunk failed and its Future holds that exception")
        XCTAssertEqual(rows.describe(older), "work item 3 never reached a worker: the item at index 1 of its map() chunk (a lock) could not be pickled (TypeError: cannot pickle '_thread.lock' object), so sending the whole chunk failed and its Future holds that exception")
    }

    /// A write through a ctypes view, and ShareableList item writes, that raised (gaps 16A: the tracer records them on
    /// that path only): a view's field converts before it writes; ShareableList refuses a type it cannot store before it
    /// writes, but records an item's new type before packing a value that does not fit it.
    func testFailedViewAndShareableListWritesSayWhatWasWritten() {
        var s = DocsExamplesDescriberTests.mainProcess()
        func failed(_ ms: Double, _ object: String, _ attr: String, _ value: String, _ error: String) -> Int {
            s.add(ms, pid: 100, process: "MainProcess", .sharedWriteError, object: object,
                  [("attr", .string(attr)), ("value", .string(value)), ("error", .string(error))])
        }
        let view = failed(1, "Array#1", "[0].x", "'abc'", "TypeError: 'str' object cannot be interpreted as an integer")
        let type = failed(2, "ShareableList#1", "[2]", "[1]", "KeyError")
        let packed = failed(3, "ShareableList#1", "[0]", "1180591620717411303424", "struct.error: argument out of range")
        let long = failed(4, "ShareableList#1", "[1]", "'xxxx'", "ValueError: bytes/str item exceeds available storage")
        let rows = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(rows.describe(view), "Array#1[0].x = 'abc' raised TypeError: 'str' object cannot be interpreted as an integer: nothing was written")
        XCTAssertEqual(rows.describe(type), "ShareableList#1[2] = [1] raised KeyError: a ShareableList item can hold only an int, float, bool, str, bytes or None, and ShareableList looks the value's type up among those, so nothing was written")
        XCTAssertEqual(rows.describe(packed), "ShareableList#1[0] = 1180591620717411303424 raised struct.error: argument out of range: ShareableList records the item's new type before it packs the value, and only the packing failed: the item keeps its old bytes, now read as that new type (if it held another type before, it no longer reads as it did)")
        XCTAssertEqual(rows.describe(long), "ShareableList#1[1] = 'xxxx' raised ValueError: bytes/str item exceeds available storage: nothing was written")
    }
}
