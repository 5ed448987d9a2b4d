import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// A proxy's returned copy changed in place is said, run live.
final class ProxyCopyIntegrationTests: XCTestCase {
    /// `d["plain"].append(1)` in a child: the note at its read says the change stays in the copy, with the later read.
    func testAProxyCopyChangedInPlaceIsSaid() throws {
        let (screen, _) = try CorpusTrace.run("r4_manager_namespace_nested.py", method: "fork", timeout: "30", width: 1000)
        XCTAssertTrue(screen.contains("read dict#1['plain'] through a Manager proxy and got a copy ([]); its next step calls .append() on that copy"),
                      screen)
        XCTAssertTrue(screen.contains("Later MainProcess read dict#1['plain']: []."), screen)
        XCTAssertFalse(screen.contains("read dict#1['nested'] through a Manager proxy and got a copy"), screen)
    }
}
