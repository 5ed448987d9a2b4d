import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

#if os(Linux)
final class RunningProcessTableTests: XCTestCase {
    func testOwnProcessIsInItsGroup() {
        XCTAssertTrue(ProcessTable.pids(inProcessGroup: getpgrp()).contains(getpid()))
    }

    func testStatLineWithAwkwardCommandNameParses() {
        let line = Array("42 (a) b (c) S 7 9 9 0 -1".utf8)
        let entry = ProcessTable.Entry(pid: 42, statLine: line)
        XCTAssertEqual(entry?.ppid, 7)
        XCTAssertEqual(entry?.pgid, 9)
        XCTAssertEqual(entry?.isZombie, false)
    }

    func testEnvironmentEntryFindsNothingForAnUnusedMarker() {
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: RunTestSupport.newRunMarker().entry), [])
    }
}
#endif
