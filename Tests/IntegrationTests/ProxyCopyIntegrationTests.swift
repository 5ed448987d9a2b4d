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
        // one note for the item, however many processes changed a copy of it (gaps 15A); its later read is the other
        // child's or the main process's, whichever came first
        XCTAssertEqual(screen.components(separatedBy: "read dict#1['plain'] through a Manager proxy").count - 1, 1, screen)
        XCTAssertTrue(screen.range(of: #"Later (Process-\d|MainProcess) read dict#1\['plain'\]: \[\]\."#, options: .regularExpression) != nil, screen)
        XCTAssertFalse(screen.contains("read dict#1['nested'] through a Manager proxy and got a copy"), screen)
    }
}
