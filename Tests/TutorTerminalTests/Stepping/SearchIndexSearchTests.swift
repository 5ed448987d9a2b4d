import XCTest
@testable import TutorTerminal

/// `SearchIndex.search` looks for a needle's rarest byte, not its first: it must still give the first occurrence,
/// as a plain left-to-right comparison at every offset gives it, for needles whose rare byte is anywhere in them,
/// repeated, overlapping, at the text's ends, beyond ASCII, or absent.
final class SearchIndexSearchTests: XCTestCase {
    private func naive(_ pattern: [UInt8], in text: [UInt8]) -> Int? {
        guard !pattern.isEmpty, pattern.count <= text.count else { return nil }
        return (0...(text.count - pattern.count)).first { Array(text[$0..<($0 + pattern.count)]) == pattern }
    }

    private func search(_ pattern: [UInt8], in text: [UInt8]) -> Int? {
        text.withUnsafeBytes { text in pattern.withUnsafeBytes { SearchIndex.search($0, in: text) } }
    }

    func testTheFirstOccurrenceWhereverTheRareByteIs() {
        // Texts of few letters, so that a needle occurs many times, overlapping, and almost-matches abound.
        var state: UInt64 = 0x5EED
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let alphabets: [[UInt8]] = [Array("eex".utf8), Array("ab x.".utf8), Array("aaaa".utf8), Array("tše→x".utf8)]
        var found = 0, checked = 0
        for _ in 0..<3_000 {
            let letters = alphabets[next(alphabets.count)]
            let text = (0..<next(60)).map { _ in letters[next(letters.count)] }
            var pattern = (0..<(1 + next(5))).map { _ in letters[next(letters.count)] }
            // A piece of the text itself half the time, so that most searches find something.
            if next(2) == 0, !text.isEmpty {
                let from = next(text.count)
                pattern = Array(text[from..<min(text.count, from + 1 + next(6))])
            }
            let expected = naive(pattern, in: text)
            XCTAssertEqual(search(pattern, in: text), expected, "'\(String(decoding: pattern, as: UTF8.self))' in '\(String(decoding: text, as: UTF8.self))'")
            checked += 1
            if expected != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, checked / 3)
        XCTAssertGreaterThan(checked - found, checked / 10)
    }

    func testARareByteLastOrFirst() {
        XCTAssertEqual(search(Array("exit".utf8), in: Array("ended; exits, exit".utf8)), 7)
        XCTAssertEqual(search(Array("xe".utf8), in: Array("exxe".utf8)), 2)
        XCTAssertEqual(search(Array("ex".utf8), in: Array("eeeex".utf8)), 3)
        XCTAssertEqual(search(Array("x".utf8), in: Array("x".utf8)), 0)
        XCTAssertNil(search(Array("exit".utf8), in: Array("exi".utf8)))
        XCTAssertNil(search(Array("eexx".utf8), in: Array("exexeexeexe".utf8)))
    }
}
