import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// The side slot's format (`<event file>.pending`: raw text behind fixed-width headers, docs/tracer-protocol.md) read
/// as outside input: the merger builds the `print` event itself, and a slot that does not follow the format gives
/// what was read before the fault and a lost event, never a crash.
final class PendingSlotFormatTests: XCTestCase {
    private func record(_ text: [UInt8], t: Int = 5_000, tid: Int = 77, stream: String = "o", chars: Int = 0) -> [UInt8] {
        Array(("P" + stream).utf8) + le(UInt64(tid), 8) + le(UInt64(t), 8) + le(UInt64(chars), 8) + le(UInt64(text.count), 4) + text
    }

    /// `value` little-endian in `width` bytes, as the tracer's struct.pack writes it.
    private func le(_ value: UInt64, _ width: Int) -> [UInt8] { (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) } }

    private func slot(_ records: [[UInt8]], padding: Int = 16) -> [UInt8] {
        let body = records.joined()
        return le(UInt64(body.count), 4) + body + [UInt8](repeating: 0, count: padding)
    }

    func testEachRecordIsAPartialPrintWithTheTracersFields() {
        let read = PendingSlot(bytes: slot([record(Array("half \"q\" 日本".utf8)), record(Array("err".utf8), t: 6_000, tid: 78, stream: "e", chars: 70_000)]))
        XCTAssertFalse(read.corrupt)
        XCTAssertEqual(read.records.count, 2)
        let first = read.records[0], second = read.records[1]
        XCTAssertEqual(first.kind, EventName("print"))
        XCTAssertEqual([first.n, first.t, first.tid], [-1, 5_000, 77])
        XCTAssertEqual(first[EventName("text")]?.stringValue, "half \"q\" 日本")
        XCTAssertEqual(first[EventName("stream")]?.stringValue, "stdout")
        XCTAssertNil(first[EventName("chars")], "not cut: no chars, as the tracer's own print lines")
        XCTAssertEqual(first[EventName("partial")], .bool(true))
        XCTAssertEqual(first[EventName("found_after_end")], .bool(true))
        XCTAssertEqual(second[EventName("stream")]?.stringValue, "stderr")
        XCTAssertEqual(second[EventName("chars")]?.intValue, 70_000)
        XCTAssertEqual([second.t, second.tid], [6_000, 78])
    }

    func testInvalidUTF8IsReplacedNotTrusted() {
        let read = PendingSlot(bytes: slot([record([0x61, 0xFF, 0xED, 0xA0, 0x80, 0x62])]))
        XCTAssertFalse(read.corrupt)
        let text = read.records.first?[EventName("text")]?.stringValue
        XCTAssertEqual(text?.first, "a")
        XCTAssertEqual(text?.last, "b")
        XCTAssertTrue(text?.contains("\u{FFFD}") == true)
    }

    func testAnEmptyOrAbsentSlotIsNotCorrupt() {
        XCTAssertFalse(PendingSlot(bytes: []).corrupt)
        XCTAssertFalse(PendingSlot(bytes: [UInt8](repeating: 0, count: 40)).corrupt)
        XCTAssertTrue(PendingSlot(bytes: [0, 0, 0, 0] + Array("old text left behind".utf8)).records.isEmpty)
    }

    /// Hostile or damaged slots: each is corrupt, none crashes, and a good record before the fault is kept.
    func testADamagedSlotIsCorruptAndKeepsOnlyWhatWasRead() {
        let good = record(Array("kept".utf8))
        var hugeCount = record(Array("x".utf8))
        hugeCount.replaceSubrange(26..<30, with: [0xFF, 0xFF, 0xFF, 0x7F])
        var overflowTid = record(Array("x".utf8))
        overflowTid.replaceSubrange(2..<10, with: [UInt8](repeating: 0xFF, count: 8))
        var negativeT = record(Array("x".utf8))
        negativeT[17] = 0x80
        var badStream = record(Array("x".utf8))
        badStream[1] = UInt8(ascii: "z")
        let damaged: [(String, [UInt8])] = [
            ("length past the file", le(99_999, 4) + good),
            ("length past the slot's size", [0xFF, 0xFF, 0xFF, 0xFF]),
            ("too short for a length", [1, 0]),
            ("header cut short", slot([good, Array(good.prefix(20))])),
            ("text count past the length", slot([good, hugeCount])),
            ("tid past Int64", slot([good, overflowTid])),
            ("t past Int64", slot([good, negativeT])),
            ("unknown stream", slot([good, badStream])),
            ("no record marker", slot([good, Array(repeating: UInt8(ascii: "7"), count: 40)])),
        ]
        for (what, bytes) in damaged {
            let read = PendingSlot(bytes: bytes)
            XCTAssertTrue(read.corrupt, what)
            XCTAssertLessThanOrEqual(read.records.count, 1, what)
            if let kept = read.records.first { XCTAssertEqual(kept[EventName("text")]?.stringValue, "kept", what) }
        }
    }

    /// In the merger: a damaged slot is one lost event beside the file's own events, which are all kept.
    func testTheMergerCountsADamagedSlotAsLost() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        typealias Files = EventFileLines
        let name = "1000-\(Int(Files.start) + 100).jsonl"
        try folder.write(name, [Files.proc(pid: 1000, t: 100), Files.print("before", pid: 1000, t: 200, n: 1)].joined(separator: "\n") + "\n")
        // a slot in an older format (an 8-digit length, then JSON lines): not this one, so one lost event
        try folder.write(name + ".pending", "00000016" + "{\"kind\":\"print\"}" + String(repeating: "\u{0}", count: 80))
        let merged = TraceMerger.merge(directory: folder.path, startNs: Files.start, endNs: Files.start + 10_000, mainPid: 1000, run: RunFacts())
        XCTAssertEqual(merged.events.filter { $0.is(.print) }.map { $0.string(EventField.text) }, ["before"])
        XCTAssertEqual(merged.lostEvents, 1)
    }
}
