@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport
import XCTest

final class TableColumnWidthsTests: XCTestCase {
    func testNaturalWidthsWhenTheyFit() {
        XCTAssertEqual(TableColumnWidths.fit(natural: [5, 10, 3], minimum: [5, 5, 3], available: 18), [5, 10, 3])
        XCTAssertEqual(TableColumnWidths.fit(natural: [5, 10, 3], minimum: [5, 5, 3], available: 40), [5, 10, 3])
    }

    func testTheWidestColumnShrinksFirst() {
        XCTAssertEqual(TableColumnWidths.fit(natural: [5, 30, 3], minimum: [5, 8, 3], available: 20), [5, 12, 3])
    }

    func testWideColumnsShrinkToACommonWidthAndShareTheSpareColumns() {
        XCTAssertEqual(TableColumnWidths.fit(natural: [40, 30, 4], minimum: [8, 8, 4], available: 35), [16, 15, 4])
        XCTAssertEqual(TableColumnWidths.fit(natural: [40, 30, 4], minimum: [8, 8, 4], available: 34), [15, 15, 4])
    }

    func testColumnsStopAtTheirMinimum() {
        XCTAssertEqual(TableColumnWidths.fit(natural: [40, 30], minimum: [25, 8], available: 35), [25, 10])
        XCTAssertEqual(TableColumnWidths.fit(natural: [40, 30], minimum: [25, 8], available: 33), [25, 8])
    }

    func testAMinimumAboveTheNaturalWidthIsIgnored() {
        XCTAssertEqual(TableColumnWidths.fit(natural: [2, 30], minimum: [12, 12], available: 20), [2, 18])
    }

    func testNoLayoutWhenTheMinimumsDoNotFit() {
        XCTAssertNil(TableColumnWidths.fit(natural: [40, 30], minimum: [25, 8], available: 32))
        XCTAssertNil(TableColumnWidths.fit(natural: [20, 20], minimum: [12, 12], available: -3))
    }
}
