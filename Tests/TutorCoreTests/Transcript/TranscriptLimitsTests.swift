import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Every number read from a transcript is range-checked where it is read: an out-of-range value is a
/// clear error naming the file and line, never a trap, a hang or a huge allocation.
///
/// The files in Tests/Fixtures/bad-transcripts are the minimal inputs that trapped or hung mp-tutor before
/// (`<what>.line<N>.jsonl`: N is the line the error must name); each is a valid transcript but for one value.
final class TranscriptLimitsTests: XCTestCase {
    static let fixtures = BinaryHarness.repoRoot + "/Tests/Fixtures/bad-transcripts"

    func testEveryBadTranscriptFixtureIsACleanErrorAtItsLine() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures).filter { $0.hasSuffix(".jsonl") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 15)
        for name in names {
            let path = Self.fixtures + "/" + name
            let expectedLine = Int(name.split(separator: ".").first { $0.hasPrefix("line") }?.dropFirst(4) ?? "")
            XCTAssertNotNil(expectedLine, name)
            assertMPTutorError(try TranscriptReader.read(path: path)) { error in
                XCTAssertEqual(error.badInputParts?.file, path, name)
                XCTAssertEqual(error.badInputParts?.line, expectedLine, "\(name): \(error.message)")
            }
        }
    }

    func testTheFixturesDifferFromAGoodTranscriptInOneValueOnly() throws {
        // Their base, with every value in range, reads fine: the error is about the one value.
        let path = Self.fixtures + "/time-goes-backwards.line7.jsonl"
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[6] = lines[6].replacingOccurrences(of: #""t": 10,"#, with: #""t": 6000,"#)
        let transcript = try TranscriptReader.parse(Array((lines.joined(separator: "\n") + "\n").utf8), file: "good.jsonl")
        XCTAssertEqual(transcript.events.count, 9)
        XCTAssertEqual(transcript.problems, [])
    }

    func testMessagesNameTheFieldAndTheRange() {
        let header = #"{"format":"mp-tutor-transcript","version":1,"command":[],"platform":"linux","cpus":1,"mptutor_version":"0","recorded_at":"","parameters":{}}"#
        func error(_ event: String) -> String? {
            do {
                _ = try TranscriptReader.parse(Array((header + "\n" + event + "\n").utf8), file: "x.jsonl")
                return nil
            } catch let error as MPTutorError {
                return error.message
            } catch {
                return "\(error)"
            }
        }
        let base = #""seq":1,"t":5,"pid":10,"ppid":1,"process":"MainProcess","thread":"MainThread","kind":"#
        XCTAssertEqual(error("{" + base + #""lock.acquire","object":"Lock#1","count":1000000000}"#),
                       "x.jsonl:2: \"count\" is 1000000000, outside the range -65536…65536 a real run can give")
        XCTAssertEqual(error("{" + base + #""process.exit","exitcode":-2147483648}"#),
                       "x.jsonl:2: \"exitcode\" is -2147483648, outside the range -255…255 a real run can give")
        XCTAssertEqual(error("{" + base + #""process.exit","exitcode":1.5}"#), "x.jsonl:2: \"exitcode\" must be a whole number")
        XCTAssertEqual(error("{" + base + #""x","value":1e300}"#), nil, "a finite fraction is fine")
        XCTAssertEqual(error("{" + base + #""x","job":1e300}"#), nil, "1e300 is a fraction-free double beyond Int64: kept as a double")
        XCTAssertEqual(error("{" + base + #""x","job":9007199254740993}"#),
                       "x.jsonl:2: \"job\" is 9007199254740993, outside the range -9007199254740992…9007199254740992 a real run can give")
    }

    func testRepeatCountsAreBudgetedOverTheWholeFile() {
        var lines = [#"{"format":"mp-tutor-transcript","version":1,"command":[],"platform":"linux","cpus":1,"mptutor_version":"0","recorded_at":"","parameters":{}}"#]
        for seq in 1...3 {
            lines.append(#"{"seq":\#(seq),"t":\#(seq),"pid":10,"ppid":1,"process":"MainProcess","thread":"MainThread","kind":"pool.submit","object":"Pool#1","job":\#(seq),"chunks":1000000}"#)
        }
        assertMPTutorError(try TranscriptReader.parse(Array(lines.joined(separator: "\n").utf8), file: "bomb.jsonl")) { error in
            XCTAssertEqual(error.badInputParts?.line, 4, error.message)
            XCTAssertTrue(error.message.contains("add up to more than 2097152"), error.message)
        }
    }

    func testAnObjectWithManyKeysIsReadInLinearTime() throws {
        // 60,000 distinct keys, then each repeated: quadratic insertion would take minutes here.
        let keys = (0..<60_000).map { "\"k\($0)\":\($0)" }
        let object = "{" + (keys + keys).joined(separator: ",") + "}"
        let parsed = try XCTUnwrap(try JSONParser.parse(Array(object.utf8)[...]).objectValue)
        XCTAssertEqual(parsed.members.count, 60_000)
        XCTAssertEqual(parsed["k59999"], .int(59_999))
    }
}
