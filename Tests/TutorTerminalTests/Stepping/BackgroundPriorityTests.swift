import Foundation
import XCTest
@testable import TutorTerminal

/// The step view's notes thread lowers its own priority, not the view's: the view's thread (and the process)
/// keep theirs.
final class BackgroundPriorityTests: XCTestCase {
    #if os(Linux)
    func testLoweringTouchesOnlyTheCallingThread() throws {
        let before = try XCTUnwrap(BackgroundPriority.currentNice())
        let result = NiceBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let own = BackgroundPriority.currentNice()
            let lowered = BackgroundPriority.lowerCurrentThread()
            result.set(own, lowered, BackgroundPriority.currentNice())
            done.signal()
        }
        thread.start()
        done.wait()
        let (own, lowered, after) = result.get()
        XCTAssertTrue(lowered)
        XCTAssertEqual(own, before)
        XCTAssertEqual(after, min(19, before + BackgroundPriority.niceSteps))
        XCTAssertNotEqual(BackgroundPriority.currentThreadID(), nil)
        XCTAssertEqual(BackgroundPriority.currentNice(), before, "the calling test's thread keeps its priority")
    }
    #endif
}

private final class NiceBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (Int32?, Bool, Int32?) = (nil, false, nil)
    func set(_ own: Int32?, _ lowered: Bool, _ after: Int32?) { lock.withLock { value = (own, lowered, after) } }
    func get() -> (Int32?, Bool, Int32?) { lock.withLock { value } }
}
