import XCTest
@testable import TutorCore
@testable import TutorTestSupport

final class JSONParserTests: XCTestCase {
    private func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }

    private func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> JSONParser.Failure? {
        do {
            let value = try JSONParser.parse(text)
            XCTFail("expected a failure, parsed \(value)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    private func failure(bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> JSONParser.Failure? {
        do {
            let value = try JSONParser.parse(bytes[...])
            XCTFail("expected a failure, parsed \(value)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    // MARK: values

    func testScalars() throws {
        XCTAssertEqual(try parse("null"), .null)
        XCTAssertEqual(try parse("true"), .bool(true))
        XCTAssertEqual(try parse("false"), .bool(false))
        XCTAssertEqual(try parse("\"hi\""), .string("hi"))
        XCTAssertEqual(try parse("  42 \t\r\n"), .int(42))
    }

    func testNestingKeepsKeyOrder() throws {
        let value = try parse(#"{"z":1,"a":[true,null,{"m":"x"}],"b":{}}"#)
        guard case let .object(object) = value else { return XCTFail("not an object: \(value)") }
        XCTAssertEqual(object.members.map(\.key), ["z", "a", "b"])
        XCTAssertEqual(object["a"], .array([.bool(true), .null, .object(JSONObject([("m", .string("x"))]))]))
        XCTAssertEqual(object["b"], .object(JSONObject()))
        XCTAssertEqual(try parse("[ ]"), .array([]))
        XCTAssertEqual(try parse("{ }"), .object(JSONObject()))
    }

    func testRepeatedKeyKeepsLastValue() throws {
        let object = try XCTUnwrap(try parse(#"{"a":1,"b":2,"a":3}"#).objectValue)
        XCTAssertEqual(object.members.map(\.key), ["a", "b"])
        XCTAssertEqual(object["a"], .int(3))
    }

    // MARK: strings and escapes

    func testSimpleEscapes() throws {
        XCTAssertEqual(try parse(#""a\"b\\c\/d\b\f\n\r\t""#), .string("a\"b\\c/d\u{08}\u{0C}\n\r\t"))
    }

    func testUnicodeEscapes() throws {
        XCTAssertEqual(try parse(#""\u00e9\u4E2D""#), .string("é中"))
        XCTAssertEqual(try parse(#""x\u0000y""#), .string("x\u{0}y"))
    }

    func testSurrogatePairBecomesOneScalar() throws {
        let value = try parse(#""\uD83D\uDE00""#)
        XCTAssertEqual(value, .string("😀"))
        XCTAssertEqual(value.stringValue?.unicodeScalars.count, 1)
    }

    func testLoneSurrogatesBecomeReplacementCharacter() throws {
        XCTAssertEqual(try parse(#""\uD83D""#), .string("\u{FFFD}"))
        XCTAssertEqual(try parse(#""\uDE00x""#), .string("\u{FFFD}x"))
        XCTAssertEqual(try parse(#""\uD83Dx""#), .string("\u{FFFD}x"))
    }

    func testHighSurrogateFollowedByNonSurrogateEscapeKeepsTheSecondCharacter() throws {
        // The second escape is an ordinary character: it must not be swallowed with the broken pair.
        XCTAssertEqual(try parse(#""\uD83D\u0041""#), .string("\u{FFFD}A"))
    }

    func testRawNonASCIIIsKept() throws {
        XCTAssertEqual(try parse("\"naïve – 中文 😀\""), .string("naïve – 中文 😀"))
    }

    func testUnknownEscapeNamesTheColumnOfTheEscapedCharacter() {
        let f = failure(#""ab\q""#)
        XCTAssertEqual(f?.column, 5)
        XCTAssertTrue(f?.reason.contains("\\q") == true, f?.reason ?? "")
    }

    func testBadUnicodeEscape() {
        let f = failure(#""\u12G4""#)
        XCTAssertEqual(f?.column, 6)
        XCTAssertTrue(f?.reason.contains("hex") == true, f?.reason ?? "")
    }

    func testControlCharacterInStringIsRejectedAtItsColumn() {
        let f = failure("\"ab\u{01}c\"")
        XCTAssertEqual(f?.column, 4)
        XCTAssertTrue(f?.reason.contains("control character") == true)
        XCTAssertEqual(failure("\"a\nb\"")?.column, 3)
    }

    func testUnterminatedString() {
        let f = failure("\"abc")
        XCTAssertEqual(f?.column, 5)
        XCTAssertTrue(f?.reason.contains("missing '\"'") == true, f?.reason ?? "")
    }

    func testInvalidUTF8InsideStringIsAnErrorAtTheBadByte() {
        // {"k":"ab<FF>c"}: the bad byte is the 9th byte of the line.
        let bytes: [UInt8] = Array(#"{"k":"ab"#.utf8) + [0xFF] + Array(#"c"}"#.utf8)
        let f = failure(bytes: bytes)
        XCTAssertEqual(f?.column, 9)
        XCTAssertTrue(f?.reason.contains("UTF-8") == true, f?.reason ?? "")
        // A truncated multi-byte sequence (first byte of "é" alone) too.
        let cut: [UInt8] = [0x22, 0x61, 0xC3, 0x22]
        XCTAssertEqual(failure(bytes: cut)?.column, 3)
    }

    func testInvalidUTF8OutsideStringIsAnError() {
        let f = failure(bytes: [0x5B, 0xFF, 0x5D])
        XCTAssertEqual(f?.column, 2)
        XCTAssertTrue(f?.reason.contains("\\xff") == true, f?.reason ?? "")
    }

    // MARK: numbers

    func testIntegersAndDoubles() throws {
        XCTAssertEqual(try parse("0"), .int(0))
        XCTAssertEqual(try parse("-17"), .int(-17))
        XCTAssertEqual(try parse("9223372036854775807"), .int(Int64.max))
        XCTAssertEqual(try parse("-9223372036854775808"), .int(Int64.min))
        XCTAssertEqual(try parse("1.5"), .double(1.5))
        XCTAssertEqual(try parse("2.0"), .double(2.0))
        XCTAssertEqual(try parse("1e3"), .double(1000))
        XCTAssertEqual(try parse("1E+3"), .double(1000))
        XCTAssertEqual(try parse("25e-1"), .double(2.5))
        XCTAssertEqual(try parse("-1.25e2"), .double(-125))
    }

    func testIntegerTooLargeForInt64BecomesDouble() throws {
        XCTAssertEqual(try parse("9223372036854775808"), .double(9223372036854775808))
    }

    func testNegativeZero() throws {
        // -0 as an integer is plain 0; -0.0 keeps its sign as a double.
        XCTAssertEqual(try parse("-0"), .int(0))
        let d = try XCTUnwrap(try parse("-0.0").doubleValue)
        XCTAssertEqual(d, 0)
        XCTAssertEqual(d.sign, .minus)
    }

    func testMalformedNumbersAreRejectedAtTheirStart() {
        for text in ["-", "1-2", "1e", "1.2.3", "--1", "1e999", "[1, 2e+]"] {
            let f = failure(text)
            XCTAssertNotNil(f, text)
            XCTAssertTrue(f?.reason.contains("is not a number") == true, "\(text): \(f?.reason ?? "")")
        }
        XCTAssertEqual(failure("[1, 2e+]")?.column, 5)
    }

    func testNumbersThatStrictJSONForbids() {
        // RFC 8259: no leading zeros, digits on both sides of '.'.
        for text in ["01", "-01", "00", "1.", "-.5", "1.e3"] {
            XCTAssertNotNil(failure(text), text)
        }
    }

    func testNumberCannotStartWithPlusOrDot() {
        XCTAssertEqual(failure("+1")?.column, 1)
        XCTAssertEqual(failure(".5")?.column, 1)
    }

    // MARK: structure errors

    func testErrorColumns() {
        XCTAssertEqual(failure("")?.column, 1)
        XCTAssertEqual(failure(#"{"a":}"#)?.column, 6)
        XCTAssertEqual(failure(#"{"a" 1}"#)?.column, 6)
        XCTAssertEqual(failure(#"{a:1}"#)?.column, 2)
        XCTAssertEqual(failure(#"{"a":1,}"#)?.column, 8)
        XCTAssertEqual(failure(#"[1 2]"#)?.column, 4)
        XCTAssertEqual(failure("tru")?.column, 4)
        XCTAssertEqual(failure("nul!")?.column, 4)
    }

    func testLineEndsInsideContainers() {
        let array = failure("[1,2")
        XCTAssertEqual(array?.column, 5)
        XCTAssertTrue(array?.reason.contains("missing ']'") == true)
        let object = failure(#"{"a":1"#)
        XCTAssertEqual(object?.column, 7)
        XCTAssertTrue(object?.reason.contains("missing '}'") == true)
    }

    func testTrailingGarbage() {
        let f = failure("{} x")
        XCTAssertEqual(f?.column, 4)
        XCTAssertTrue(f?.reason.contains("after the JSON value") == true)
        XCTAssertNotNil(failure("1 2"))
        XCTAssertNotNil(failure("[]]"))
    }

    func testDepthLimit() throws {
        let ok = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        XCTAssertNoThrow(try parse(ok))
        let deep = String(repeating: "[", count: 257) + String(repeating: "]", count: 257)
        let f = failure(deep)
        XCTAssertEqual(f?.column, 257)
        XCTAssertTrue(f?.reason.contains("256") == true, f?.reason ?? "")
        let objects = String(repeating: #"{"a":"#, count: 300) + "1" + String(repeating: "}", count: 300)
        XCTAssertNotNil(failure(objects))
    }
}
