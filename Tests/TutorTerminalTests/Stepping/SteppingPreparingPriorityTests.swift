import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The states' preparer of a long run's loading runs what it is given on its own thread before it makes any
/// checkpoint: the loading lowers that thread's priority there (as the notes' thread lowers its own), so a find
/// sent before the search index is ready has the cores for the view's thread and the index's.
final class SteppingPreparingPriorityTests: XCTestCase {
    func testThePreparerRunsItsBeforehandOnItsOwnThreadFirst() throws {
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/Tests/Fixtures/pool-async.jsonl"))
        let replayer = StateReplayer(timeline: timeline, checkpointEvery: 3)
        let held = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let seen = PreparerBox()
        replayer.prepareAll(after: {
            #if os(Linux)
            let own = BackgroundPriority.currentNice()
            BackgroundPriority.lowerCurrentThread()
            seen.set(own: own, lowered: BackgroundPriority.currentNice(), thread: BackgroundPriority.currentThreadID())
            #endif
            held.signal()
            release.wait()
        })
        XCTAssertEqual(held.wait(timeout: .now() + 30), .success, "the beforehand ran")
        XCTAssertEqual(replayer.checkpointCount, 1, "no checkpoint made before the beforehand returned")
        XCTAssertFalse(replayer.isReady(after: timeline.events.count - 1))
        release.signal()
        replayer.waitUntilPrepared()
        XCTAssertEqual(replayer.checkpointCount, timeline.events.count / 3 + 1, "then every checkpoint")
        #if os(Linux)
        let before = try XCTUnwrap(BackgroundPriority.currentNice())
        let (own, lowered, thread) = seen.get()
        XCTAssertEqual(own, before)
        XCTAssertEqual(lowered, min(19, before + BackgroundPriority.niceSteps), "lowered on the preparer's thread")
        XCTAssertNotEqual(thread, BackgroundPriority.currentThreadID(), "not on the caller's thread")
        XCTAssertEqual(BackgroundPriority.currentNice(), before, "the caller keeps its priority")
        #endif
    }
}

private final class PreparerBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (Int32?, Int32?, Int32?) = (nil, nil, nil)
    func set(own: Int32?, lowered: Int32?, thread: Int32?) { lock.withLock { value = (own, lowered, thread) } }
    func get() -> (Int32?, Int32?, Int32?) { lock.withLock { value } }
}
