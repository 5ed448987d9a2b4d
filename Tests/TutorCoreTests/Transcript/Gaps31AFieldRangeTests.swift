import XCTest
@testable import TutorCore

/// Gaps 31A's new numbers are range-checked where the transcript is read: a `thread.rename`'s `thread_tid` (an ident,
/// never negative) and a `process.spawn`'s `recursion_limit` (at least 1).
final class Gaps31AFieldRangeTests: XCTestCase {
    static let header = #"{"format":"mp-tutor-transcript","version":1,"command":[],"platform":"linux","cpus":1,"mptutor_version":"0","recorded_at":"","parameters":{}}"#
    static let base = #""seq":1,"t":5,"pid":10,"ppid":1,"process":"MainProcess","thread":"MainThread","kind":"#

    func error(_ event: String) -> String? {
        do {
            _ = try TranscriptReader.parse(Array((Self.header + "\n{" + Self.base + event + "}\n").utf8), file: "x.jsonl")
            return nil
        } catch let error as MPTutorError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    func testAThreadRenamesIdentAndASpawnsLimitAreCheckedWhereRead() {
        XCTAssertNil(error(#""thread.rename","name":"x","old":"Thread-1","thread_tid":140112915900096,"site":"a.py:3""#))
        XCTAssertEqual(error(#""thread.rename","name":"x","old":"Thread-1","thread_tid":-1,"site":"a.py:3""#),
                       "x.jsonl:2: \"thread_tid\" is -1, outside the range 0…9007199254740992 a real run can give")
        XCTAssertNil(error(#""process.spawn","child_pid":11,"name":"P","daemon":false,"executor":null,"method":"spawn","recursion_limit":5000"#))
        XCTAssertEqual(error(#""process.spawn","child_pid":11,"name":"P","daemon":false,"executor":null,"method":"spawn","recursion_limit":0"#),
                       "x.jsonl:2: \"recursion_limit\" is 0, outside the range 1…2147483647 a real run can give")
    }
}
