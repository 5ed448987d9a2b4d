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
}
