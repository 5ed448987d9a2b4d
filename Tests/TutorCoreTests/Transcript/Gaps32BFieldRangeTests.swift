import XCTest
@testable import TutorCore

/// Gaps 32B's new number is range-checked where the transcript is read: a `process.atexit.run`'s `order` (1 for the
/// first handler seen running, never 0 or negative).
final class Gaps32BFieldRangeTests: XCTestCase {
    func error(_ event: String) -> String? {
        do {
            _ = try TranscriptReader.parse(Array((Gaps31AFieldRangeTests.header + "\n{" + Gaps31AFieldRangeTests.base + event + "}\n").utf8),
                                           file: "x.jsonl")
            return nil
        } catch let error as MPTutorError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    func testAnAtexitRunsOrderIsCheckedWhereRead() {
        XCTAssertNil(error(#""process.atexit.run","function":"report","order":2,"registered_by":"program""#))
        XCTAssertEqual(error(#""process.atexit.run","function":"report","order":0,"registered_by":"program""#),
                       "x.jsonl:2: \"order\" is 0, outside the range 1…65536 a real run can give")
    }
}
