import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// One item is singular in the summary's words.
final class PluralWordsTests: XCTestCase {
    /// r5a_pool_terminate_map_async (spawn): "1 of 8 chunks ran (1 items)".
    func testOneItemIsSingular() {
        XCTAssertEqual(Phrase.summaryPoolItems.text(["n": 1]), " (1 item)")
        XCTAssertEqual(Phrase.summaryPoolItems.text(["n": 4]), " (4 items)")
    }
}
