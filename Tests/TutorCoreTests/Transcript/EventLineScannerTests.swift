import XCTest
@testable import TutorCore

/// The fast line scanner takes exactly the plainest event lines, gives the event the general way gives for
/// them, and leaves everything else (and every error) to the general way with nothing kept.
final class EventLineScannerTests: XCTestCase {
    private let base = #"{"seq":7,"t":1500,"pid":10,"ppid":1,"process":"MainProcess","thread":"Thread-3 (_handle_results)","kind":"pool.result","object":"Pool#1""#

    /// The scanner's event for `line`, or nil; checks that a refused line left the store as it was.
    private func scanned(_ line: String, _ names: NameTable, _ writer: inout EventFieldWriter) -> TraceEvent? {
        let before = writer.room(for: EventLineScanner.maxMembers).count
        let bytes = Array(line.utf8)
        let event = bytes.withUnsafeBufferPointer { EventLineScanner.event($0, names: names, fields: &writer) }
        if event == nil { XCTAssertEqual(writer.room(for: EventLineScanner.maxMembers).count, before, "a refused line kept fields: \(line)") }
        return event
    }

    /// The general way's event for `line` (nil when it refuses the line too).
    private func general(_ line: String, _ names: NameTable, _ writer: inout EventFieldWriter) -> TraceEvent? {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> TraceEvent? in
            guard let members = try? JSONParser.parseMembers(buffer, names: names) else { return nil }
            return try? TraceEvent(members: members, fields: &writer)
        }
    }

    func testPlainLinesReadAsTheGeneralWayReadsThem() {
        let names = TranscriptLine.nameTable()
        var writer = EventFieldWriter()
        let tails = [
            "}", #","job":0,"index":128,"ok":true}"#, #","item":"3","waited_ns":547335,"depth":1}"#,
            #","args":"(10,)","chunks":1,"method":"apply_async","x":null,"y":false}"#,
            #","text":"a long printed line that the name table keeps as one string","n":-42}"#,
            #","text":"你好","exitcode":-9}"#, #","func":"square"}"#,
        ]
        for tail in tails {
            let line = base + tail
            let fast = scanned(line, names, &writer)
            XCTAssertNotNil(fast, "not taken: \(line)")
            XCTAssertEqual(fast, general(line, names, &writer), line)
        }
        let event = scanned(base + #","job":0,"index":128,"ok":true}"#, names, &writer)
        XCTAssertEqual(event?.seq, 7)
        XCTAssertEqual(event?.thread, "Thread-3 (_handle_results)")
        XCTAssertEqual(event?.is(.poolResult), true)
        XCTAssertEqual(event?.object, "Pool#1")
        XCTAssertEqual(event?.int("index"), 128)
        XCTAssertEqual(event?.bool("ok"), true)
    }

    func testEveryOtherLineIsLeftToTheGeneralWay() {
        let names = TranscriptLine.nameTable()
        var writer = EventFieldWriter()
        let refused = [
            base + " }", base + "} ", #"{ "seq":7}"#, base + #","job": 1}"#, base + #","text":"a\tb"}"#,
            base + #","te\u0078t":"x"}"#, base + #","job":1,"job":2}"#, base.replacingOccurrences(of: #""pid":10"#, with: #""pid":10,"pid":11"#) + "}",
            base + #","x":1.5}"#, base + #","x":1e3}"#, base + #","x":01}"#, base + #","x":[1]}"#, base + #","x":{"a":1}}"#,
            base + #","chunks":2000000}"#, base + #","exitcode":300}"#, base + #","trailer":true}"#,
            base.replacingOccurrences(of: #""seq":7"#, with: #""seq":0"#) + "}",
            base.replacingOccurrences(of: #","thread":"Thread-3 (_handle_results)""#, with: "") + "}",
            base.replacingOccurrences(of: #""kind":"pool.result""#, with: #""kind":1"#) + "}",
            base + "," + (0..<10).map { #""f\#($0)":\#($0)"# }.joined(separator: ",") + "}",
            base + #","x":"#, base, "{}", "[1]", "",
        ]
        for line in refused {
            XCTAssertNil(scanned(line, names, &writer), "taken: \(line)")
        }
        // The general way still reads the valid ones among them, to the same event as it always did.
        XCTAssertEqual(general(base + " }", names, &writer)?.seq, 7)
        XCTAssertEqual(general(base + #","x":1.5}"#, names, &writer)?.fields["x"], .double(1.5))
        XCTAssertEqual(general(base + #","text":"a\tb"}"#, names, &writer)?.string("text"), "a b")
    }

    /// The scanner passes eight bytes of a string at a time: a quote, a backslash, a control byte, DEL or a byte
    /// beyond ASCII at any place in or after such a word is seen where it is (the line refused, or its text
    /// sanitized as the general way does), and a string of printable ASCII of any length is taken as it is.
    func testEveryByteThatEndsOrChangesAStringIsSeenAtEveryPlace() {
        let names = TranscriptLine.nameTable()
        var writer = EventFieldWriter()
        // Texts longer than a name the table keeps too (past 64 bytes), and lengths around each word's end.
        for length in [1, 7, 8, 9, 15, 16, 17, 23, 24, 31, 40, 70] {
            let plain = String((0..<length).map { Character(UnicodeScalar(UInt8(0x21 + ($0 * 7) % 0x5D))) }).replacingOccurrences(of: "\\", with: "/").replacingOccurrences(of: "\"", with: "'")
            let line = base + #","text":""# + plain + #"","n":1}"#
            let fast = scanned(line, names, &writer)
            XCTAssertNotNil(fast, "not taken: \(line)")
            XCTAssertEqual(fast, general(line, names, &writer), line)
            XCTAssertEqual(fast?.string("text"), plain)
            for place in 0..<length {
                // A control byte or a backslash: refused (the general way reads them); DEL, a C1 control, a
                // bidi override: sanitized as the general way does.
                for (insert, taken) in [([UInt8(0x01)], false), ([UInt8(0x1F)], false), ([UInt8(ascii: "\\"), UInt8(ascii: "n")], false),
                                        ([UInt8(0x7F)], true), ([UInt8(0xC2), UInt8(0x9B)], true), ([UInt8(0xE2), UInt8(0x80), UInt8(0xAE)], true),
                                        (Array("é".utf8), true)] {
                    var bytes = Array(plain.utf8)
                    bytes.replaceSubrange(place..<(place + 1), with: insert)
                    let text = String(decoding: bytes, as: UTF8.self)
                    let line = base + #","text":""# + text + #"","n":1}"#
                    let fast = scanned(line, names, &writer)
                    XCTAssertEqual(fast != nil, taken, "length \(length), place \(place), \(insert): \(line.debugDescription)")
                    if taken {
                        XCTAssertEqual(fast, general(line, names, &writer), line.debugDescription)
                        XCTAssertEqual(fast?.string("text"), TextSanitizer.line(text), line.debugDescription)
                    }
                }
            }
            // A quote ends the string there: what follows is not a comma, so the line is refused.
            var cut = Array(plain.utf8)
            cut.insert(UInt8(ascii: "\""), at: length / 2)
            XCTAssertNil(scanned(base + #","text":""# + String(decoding: cut, as: UTF8.self) + #"","n":1}"#, names, &writer))
        }
    }
}
