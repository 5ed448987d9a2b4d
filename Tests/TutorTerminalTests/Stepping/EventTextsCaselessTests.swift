import XCTest
@testable import TutorTerminal

/// The blocks the index lower-cases without asking Unicode's tables.
final class EventTextsCaselessTests: XCTestCase {
    func testEveryCharacterOfTheCaselessBlocksIsUnchangedInLowerCase() {
        var checked = 0
        for value in UInt32(0x80)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), EventTexts.caseless(scalar) else { continue }
            XCTAssertFalse(scalar.properties.changesWhenLowercased, String(value, radix: 16))
            XCTAssertEqual(String(scalar).lowercased(), String(scalar), String(value, radix: 16))
            checked += 1
        }
        XCTAssertGreaterThan(checked, 20_000)
    }
}
