import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Round 6 (issue 11): unbuffered text a process wrote without its newline, then was killed by a signal before any event
/// recorded it (corpus/g6f_kill_partial_line.py). The tracer keeps it in a side slot beside the event file; the merger
/// adds what is left there, numbered after the file's last line, and counts nothing as lost.
final class PendingSlotMergeTests: XCTestCase {
    private typealias Files = EventFileLines
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    /// A slot as the tracer writes it: a 4-byte length, then per record `P`, stream, tid, t, chars, byte count, text.
    /// `value` little-endian in `width` bytes, as the tracer's struct.pack writes it.
    private func le(_ value: UInt64, _ width: Int) -> [UInt8] { (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) } }

    private func slot(_ records: [[UInt8]], padding: Int = 64) -> [UInt8] {
        let body = records.joined()
        return le(UInt64(body.count), 4) + body + [UInt8](repeating: 0, count: padding)
    }

    private func record(_ text: [UInt8], t: Int, tid: Int = 1000, stream: String = "o", chars: Int = 0) -> [UInt8] {
        Array(("P" + stream).utf8) + le(UInt64(tid), 8) + le(UInt64(Int(Files.start) + t), 8) + le(UInt64(chars), 8) + le(UInt64(text.count), 4) + text
    }

    private func merged(slot bytes: [UInt8]) throws -> MergedTrace {
        let name = "1000-\(Int(Files.start) + 100).jsonl"
        try folder.write(name, [Files.proc(pid: 1000, t: 100), Files.print("before", pid: 1000, t: 200, n: 1)].joined(separator: "\n") + "\n")
        _ = try folder.write(name + ".pending", bytes: bytes)
        return TraceMerger.merge(directory: folder.path, startNs: Files.start, endNs: Files.start + 10_000, mainPid: 1000, run: RunFacts())
    }

    func testTextLeftInTheSlotIsAPrintStampedWhenWritten() throws {
        let merged = try merged(slot: slot([record(Array("written, not flushed".utf8), t: 300)]))
        let prints = merged.events.filter { $0.is(.print) }
        XCTAssertEqual(prints.map { $0.string(EventField.text) }, ["before", "written, not flushed"])
        XCTAssertEqual(prints.last?.t, 300)
        XCTAssertEqual(prints.last?.bool(EventField.foundAfterEnd), true)
        XCTAssertEqual(merged.lostEvents, 0)
    }

    /// An emptied slot (the text was recorded: its newline came) adds nothing.
    func testAnEmptySlotAddsNothing() throws {
        let name = "1000-\(Int(Files.start) + 100).jsonl"
        try folder.write(name, [Files.proc(pid: 1000, t: 100), Files.print("done", pid: 1000, t: 200, n: 1)].joined(separator: "\n") + "\n")
        _ = try folder.write(name + ".pending", bytes: [0, 0, 0, 0] + Array(String(repeating: "x", count: 40).utf8))
        let merged = TraceMerger.merge(directory: folder.path, startNs: Files.start, endNs: Files.start + 10_000, mainPid: 1000, run: RunFacts())
        XCTAssertEqual(merged.events.filter { $0.is(.print) }.count, 1)
    }
}
