import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Reading a trace folder while the run still writes it: only complete lines, each read once, whatever
/// state the files are in between two reads.
final class GrowingTraceFolderTests: XCTestCase {
    private typealias Lines = EventFileLines
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func texts(_ growing: GrowingTraceFolder) -> [String] {
        growing.merged(startNs: Lines.start, mainPid: 1000).events.compactMap { $0.text }
    }

    func testAFileThatGainsLinesIsReadFromWhereTheLastReadStopped() throws {
        let name = "1000-100.jsonl"
        var lines = [Lines.proc(pid: 1000, t: 100), Lines.print("a", pid: 1000, t: 200, n: 1)]
        try folder.write(name, lines.joined(separator: "\n") + "\n")
        var growing = GrowingTraceFolder(directory: folder.path)
        XCTAssertEqual(growing.refresh(), 2)
        XCTAssertEqual(texts(growing), ["a"])
        XCTAssertEqual(growing.refresh(), 0, "nothing new, nothing read twice")
        lines += [Lines.print("b", pid: 1000, t: 300, n: 2), Lines.print("c", pid: 1000, t: 400, n: 3)]
        try folder.write(name, lines.joined(separator: "\n") + "\n")
        XCTAssertEqual(growing.refresh(), 2)
        XCTAssertEqual(texts(growing), ["a", "b", "c"])
        XCTAssertEqual(growing.merged(startNs: Lines.start, mainPid: 1000).keys,
                       [1, 2, 3].map { EventKey(source: name, n: Int64($0)) }, "each event keyed by its file and n")
    }

    func testACutOffLastLineWaitsUntilItIsComplete() throws {
        let name = "1000-100.jsonl"
        let head = [Lines.proc(pid: 1000, t: 100), Lines.print("a", pid: 1000, t: 200, n: 1)].joined(separator: "\n") + "\n"
        let late = Lines.print("b", pid: 1000, t: 300, n: 2)
        try folder.write(name, head + late.prefix(25))
        var growing = GrowingTraceFolder(directory: folder.path)
        XCTAssertEqual(growing.refresh(), 2)
        XCTAssertEqual(texts(growing), ["a"], "a line still being written is not shown")
        try folder.write(name, head + late + "\n")
        XCTAssertEqual(growing.refresh(), 1)
        XCTAssertEqual(texts(growing), ["a", "b"])
    }

    func testNulPaddingEndsTheReadAndIsOverwrittenByLaterLines() throws {
        let name = "1000-100.jsonl"
        let first = [Lines.proc(pid: 1000, t: 100), Lines.print("a", pid: 1000, t: 200, n: 1)].joined(separator: "\n") + "\n"
        let padding = [UInt8](repeating: 0, count: 100_000)  // more than one read chunk
        try folder.write(name, bytes: Array(first.utf8) + padding)
        var growing = GrowingTraceFolder(directory: folder.path)
        XCTAssertEqual(growing.refresh(), 2)
        // The mmap writer copies the next lines into the padding: the file keeps its size.
        let more = Lines.print("b", pid: 1000, t: 300, n: 2) + "\n" + Lines.print("c", pid: 1000, t: 400, n: 3).prefix(10)
        try folder.write(name, bytes: Array((first + more).utf8) + padding.dropLast(more.utf8.count))
        XCTAssertEqual(growing.refresh(), 1, "the complete line before the padding, not the cut one")
        XCTAssertEqual(texts(growing), ["a", "b"])
    }

    func testAFileThatAppearsLaterIsPickedUpAndTemporaryFilesAreNot() throws {
        try folder.write("1000-100.jsonl", [Lines.proc(pid: 1000, t: 100), Lines.print("main", pid: 1000, t: 500, n: 1)].joined(separator: "\n") + "\n")
        var growing = GrowingTraceFolder(directory: folder.path)
        XCTAssertEqual(growing.refresh(), 2)
        try folder.write(".1001-150.tmp", Lines.proc(pid: 1001, t: 150, role: "child", name: "Process-1") + "\n")
        XCTAssertEqual(growing.refresh(), 0, "a .tmp file is a process still writing its header")
        try folder.write("1001-150.jsonl", [Lines.proc(pid: 1001, t: 150, role: "child", name: "Process-1"),
                                            Lines.print("child", pid: 1001, t: 300, n: 1)].joined(separator: "\n") + "\n")
        XCTAssertEqual(growing.refresh(), 2)
        XCTAssertEqual(texts(growing), ["child", "main"], "a late event sorts by its time")
    }

    func testLinesWrittenOutOfOrderAreSortedByTheirNumber() throws {
        let name = "1000-100.jsonl"
        let lines = [Lines.proc(pid: 1000, t: 100), Lines.print("b", pid: 1000, t: 200, n: 2), Lines.print("a", pid: 1000, t: 200, n: 1)]
        try folder.write(name, lines.joined(separator: "\n") + "\n")
        var growing = GrowingTraceFolder(directory: folder.path)
        growing.refresh()
        XCTAssertEqual(texts(growing), ["a", "b"], "same time: the tracer's numbering decides")
    }

    func testOnceCompleteTheLiveMergeIsTheFinalMergeWithoutTheMainProcessEnd() throws {
        try folder.write("1000-100.jsonl", [Lines.proc(pid: 1000, t: 100), Lines.print("a", pid: 1000, t: 200, n: 1),
                                            Lines.print("b", pid: 1000, t: 400, n: 2)].joined(separator: "\n") + "\n")
        try folder.write("1001-150.jsonl", [Lines.proc(pid: 1001, t: 150, role: "child", name: "Process-1"),
                                            Lines.print("c", pid: 1001, t: 300, n: 1)].joined(separator: "\n") + "\n")
        var growing = GrowingTraceFolder(directory: folder.path)
        growing.refresh()
        let live = growing.merged(startNs: Lines.start, mainPid: 1000)
        let final = TraceMerger.merge(directory: folder.path, startNs: Lines.start, endNs: Lines.start + 1000, mainPid: 1000, run: RunFacts())
        XCTAssertEqual(Array(final.events.dropLast()), live.events)
        XCTAssertEqual(Array(final.keys.dropLast()), live.keys)
        XCTAssertEqual(final.events.last?.known, .processExit)
        XCTAssertNil(final.keys.last ?? nil, "mp-tutor's own record of the end has no key")
    }
}
