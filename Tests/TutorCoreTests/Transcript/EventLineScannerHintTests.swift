import XCTest
@testable import TutorCore

/// The scanner compares a line's keys and names with the last line's at the same place (`NameTable.hinted`) and
/// reads integers in one pass: a line that differs from the last one anywhere in a key, a name or a number must
/// still be read as the general way reads it, or refused, and never trap.
final class EventLineScannerHintTests: XCTestCase {
    private let base = #"{"seq":7,"t":1500,"pid":10,"ppid":1,"process":"MainProcess","thread":"Thread-3 (_handle_results)","kind":"pool.result","object":"Pool#1","job":5,"index":0,"ok":true}"#

    private func scanned(_ line: String, _ names: NameTable, _ writer: inout EventFieldWriter) -> TraceEvent? {
        let before = writer.room(for: EventLineScanner.maxMembers).count
        let event = Array(line.utf8).withUnsafeBufferPointer { EventLineScanner.event($0, names: names, fields: &writer) }
        if event == nil { XCTAssertEqual(writer.room(for: EventLineScanner.maxMembers).count, before, "a refused line kept fields: \(line)") }
        return event
    }

    private func general(_ line: String, _ names: NameTable, _ writer: inout EventFieldWriter) -> TraceEvent? {
        Array(line.utf8).withUnsafeBufferPointer { buffer -> TraceEvent? in
            guard let members = try? JSONParser.parseMembers(buffer, names: names) else { return nil }
            return try? TraceEvent(members: members, fields: &writer)
        }
    }

    /// Each key and name of the line, changed at every byte (another letter, one byte more or less, an escape, a
    /// control byte, the line cut right after it), read right after the line it came from (so the last line's
    /// entry is the one tried): a plain change is taken and read as the general way reads it, any other refused.
    func testAKeyOrNameUnlikeTheLastLinesIsReadAsItIs() {
        let names = TranscriptLine.nameTable()
        var writer = EventFieldWriter()
        XCTAssertNotNil(scanned(base, names, &writer))
        let strings = ["seq", "t", "pid", "ppid", "process", "MainProcess", "thread", "Thread-3 (_handle_results)",
                       "kind", "pool.result", "object", "Pool#1", "job", "index", "ok"]
        var taken = 0
        for text in strings {
            let quoted = "\"" + text + "\""
            let bytes = Array(text.utf8)
            var changed: [(String, Bool)] = [(String(text.dropLast()), true), (text + "x", true), (text + #"\u0078"#, false),
                                             (text + "\u{01}", false), (text + #"\""#, false)]
            for place in 0..<bytes.count {
                var other = bytes
                other[place] = other[place] == UInt8(ascii: "Z") ? UInt8(ascii: "Y") : UInt8(ascii: "Z")
                changed.append((String(decoding: other, as: UTF8.self), true))
            }
            for (replacement, plain) in changed {
                let line = base.replacingOccurrences(of: quoted, with: "\"" + replacement + "\"")
                XCTAssertNotNil(scanned(base, names, &writer), "the base line, before: \(line)")
                let fast = scanned(line, names, &writer)
                let slow = general(line, names, &writer)
                // A changed key makes a fixed key missing (left to the general way, which may still read the line)
                // or an unknown field; a changed name is taken. Whatever is taken is the general way's event.
                if plain {
                    if fast != nil { XCTAssertEqual(fast, slow, line.debugDescription); taken += 1 }
                    if !TranscriptLine.fixedKeys.contains(text) {
                        XCTAssertNotNil(fast, "a changed name or field key refused: \(line.debugDescription)")
                    }
                } else {
                    XCTAssertNil(fast, line.debugDescription)
                }
            }
            // The line cut in the string, and right after it: refused, no trap.
            if let range = base.range(of: quoted) {
                let upTo = base[..<range.upperBound]
                XCTAssertNotNil(scanned(base, names, &writer))
                XCTAssertNil(scanned(String(upTo.dropLast()), names, &writer), String(upTo))
                XCTAssertNil(scanned(String(upTo), names, &writer), String(upTo))
            }
        }
        XCTAssertGreaterThan(taken, 40)
    }

    /// A name the table holds with a quote or a backslash in it (the general way keeps unescaped texts) is never
    /// matched in a line in place: there the quote ends the string, and the line is not JSON.
    func testANameWithAQuoteInItIsNeverMatchedInPlace() {
        let names = TranscriptLine.nameTable()
        var writer = EventFieldWriter()
        for text in [#"a"b"#, #"a\b"#, "a\u{01}b"] {
            let bytes = Array(text.utf8)
            // The entry tried first for a line's first key and for its `thread` name.
            _ = bytes.withUnsafeBufferPointer { names.key($0[...], hint: 0) }
            _ = bytes.withUnsafeBufferPointer { names.eventName($0[...], hint: NameTable.hints / 2 + 6) }
            let asKey = "{\"" + text + #"":1,"# + base.dropFirst()
            XCTAssertNil(scanned(asKey, names, &writer), asKey.debugDescription)
            let asThread = base.replacingOccurrences(of: "Thread-3 (_handle_results)", with: text)
            XCTAssertNil(scanned(asThread, names, &writer), asThread.debugDescription)
        }
        XCTAssertNotNil(scanned(base, names, &writer))
    }

    /// Integers read in one pass: what `JSONParser.plainInteger` takes of the run of number bytes, no more.
    func testIntegersAreTakenExactlyAsThePlainIntegerRuleTakesThem() {
        let names = TranscriptLine.nameTable()
        var writer = EventFieldWriter()
        let numbers: [(String, Int64?)] = [
            ("0", 0), ("5", 5), ("-0", 0), ("-7", -7), ("123456789012345678", 123_456_789_012_345_678),
            ("-123456789012345678", -123_456_789_012_345_678), ("1234567890123456789", nil), ("99999999999999999999999", nil),
            ("18446744073709551621", nil), ("9007199254740992", 9_007_199_254_740_992), ("-9007199254740992", -9_007_199_254_740_992),
            ("00", nil), ("01", nil), ("-01", nil), ("-", nil), ("--1", nil), ("+1", nil), ("1.5", nil), ("1e3", nil),
            ("1E3", nil), ("1-2", nil), ("12+", nil), ("1.", nil), ("-.5", nil), ("1x", nil), ("", nil),
        ]
        for (text, number) in numbers {
            // Integer fields hold at most 2^53 either way (`TranscriptLimits.anyInteger`): past that, refused too.
            let value = number.flatMap { TranscriptLimits.anyInteger.contains($0) ? $0 : nil }
            for key in ["job", "seq", "t"] {
                let line = base.replacingOccurrences(of: #""\#(key)":"#, with: #""\#(key)":\#(text),"\#(key)_was":"#)
                let fast = scanned(line, names, &writer)
                if let value, key == "job" {
                    XCTAssertEqual(fast?.fields["job"], .int(value), line)
                }
                if value == nil { XCTAssertNil(fast, line) }
                if fast != nil { XCTAssertEqual(fast, general(line, names, &writer), line) }
            }
            // The number last in the line, and the line ending in it.
            let last = String(base.dropLast()) + #","n":\#(text)}"#
            XCTAssertEqual(scanned(last, names, &writer)?.fields["n"], value.map { .int($0) }, last)
            XCTAssertNil(scanned(String(base.dropLast()) + #","n":\#(text)"#, names, &writer))
        }
    }
}
