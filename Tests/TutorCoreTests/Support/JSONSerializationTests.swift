import XCTest
@testable import TutorCore
@testable import TutorTestSupport

final class JSONSerializationTests: XCTestCase {
    func testCompactOutputKeepsKeyOrder() {
        let value = JSONValue.object(JSONObject([
            ("z", .int(1)), ("a", .array([.bool(true), .bool(false), .null])), ("m", .double(1.5)), ("s", .string("x")),
        ]))
        XCTAssertEqual(value.serialized(), #"{"z":1,"a":[true,false,null],"m":1.5,"s":"x"}"#)
    }

    func testEscapesQuotesBackslashAndControlCharacters() {
        XCTAssertEqual(JSONValue.string("a\"b\\c").serialized(), #""a\"b\\c""#)
        XCTAssertEqual(JSONValue.string("\n\r\t").serialized(), #""\n\r\t""#)
        XCTAssertEqual(JSONValue.string("\u{0}\u{1}\u{1F}\u{7F}").serialized(), #""\u0000\u0001\u001f\u007f""#)
        XCTAssertEqual(JSONValue.string("\u{08}\u{0C}").serialized(), #""\u0008\u000c""#)
    }

    func testNonASCIIIsWrittenAsUTF8() {
        XCTAssertEqual(JSONValue.string("é中😀").serialized(), "\"é中😀\"")
    }

    func testNonFiniteDoubleIsWrittenAsNull() {
        XCTAssertEqual(JSONValue.double(.infinity).serialized(), "null")
        XCTAssertEqual(JSONValue.double(.nan).serialized(), "null")
    }

    func testRoundTrip() throws {
        let values: [JSONValue] = [
            .null, .bool(true), .int(-42), .int(Int64.max), .double(0.1), .double(3.0), .double(1e20), .double(-2.5e-7),
            .string("tab\there \"quoted\" back\\slash \u{1} ctrl \u{7F} del é 😀"),
            .array([.array([]), .object(JSONObject()), .int(0)]),
            .object(JSONObject([("b", .string("1")), ("a", .object(JSONObject([("nested", .array([.null]))])))])),
        ]
        for value in values {
            let text = value.serialized()
            XCTAssertEqual(try JSONParser.parse(text), value, text)
        }
    }

    func testSerializedTextHasNoRawControlCharacters() {
        let all = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let text = JSONValue.string(all).serialized()
        XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 })
        XCTAssertEqual(try JSONParser.parse(text), .string(all))
    }

    func testAccessors() {
        XCTAssertEqual(JSONValue.double(3.0).intValue, 3)
        XCTAssertNil(JSONValue.double(3.5).intValue)
        XCTAssertNil(JSONValue.string("3").intValue)
        XCTAssertEqual(JSONValue.int(3).doubleValue, 3.0)
        XCTAssertNil(JSONValue.bool(true).doubleValue)
        XCTAssertEqual(JSONValue.bool(false).boolValue, false)
        XCTAssertEqual(JSONValue.null.displayText, "None")
        XCTAssertEqual(JSONValue.bool(true).displayText, "True")
        XCTAssertEqual(JSONValue.string("x y").displayText, "x y")
        XCTAssertEqual(JSONValue.array([.int(1), .string("a")]).displayText, #"[1,"a"]"#)
    }

    func testObjectSubscriptSetAndRemove() {
        var object = JSONObject([("a", .int(1)), ("b", .int(2))])
        object["a"] = .int(9)
        object["c"] = .int(3)
        object["b"] = nil
        XCTAssertEqual(object.members.map(\.key), ["a", "c"])
        XCTAssertEqual(object["a"], .int(9))
        XCTAssertNotEqual(JSONObject([("a", .int(1)), ("b", .int(2))]), JSONObject([("b", .int(2)), ("a", .int(1))]))
    }

    func testIntegersAreWrittenAsSwiftPrintsThem() {
        for value: Int64 in [0, 7, 9, 10, -1, -9, -10, 42, 1_000_000, -123_456_789, .max, .min, .max - 1, .min + 1] {
            var out: [UInt8] = [UInt8(ascii: "x")]
            JSONValue.writeInt(value, to: &out)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), "x" + String(value))
        }
    }
}
