import Foundation
import XCTest
@testable import MPTutorKit

/// Reading a trace folder while the run still writes it: only complete lines, each read once, whatever
/// state the files are in between two reads.
final class GrowingTraceFolderTests: XCTestCase {
    private var folder: TemporaryFolder!
    static let start: UInt64 = 5_000_000_000

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    static func proc(pid: Int, t: Int, role: String = "main", name: String = "MainProcess") -> String {
        #"{"kind":"proc","t":\#(Int(start) + t),"n":0,"tid":\#(pid),"pid":\#(pid),"ppid":1,"name":"\#(name)","role":"\#(role)","python":"3.11.7","start_method":"fork","platform":"linux","cpus":2}"#
    }

    static func print(_ text: String, pid: Int, t: Int, n: Int) -> String {
        #"{"kind":"print","t":\#(Int(start) + t),"n":\#(n),"tid":\#(pid),"stream":"stdout","text":"\#(text)"}"#
    }

    private func texts(_ growing: GrowingTraceFolder) -> [String] {
        growing.merged(startNs: Self.start, mainPid: 1000).events.compactMap { $0.string("text") }
    }

    func testAFileThatGainsLinesIsReadFromWhereTheLastReadStopped() throws {
        let name = "1000-100.jsonl"
        var lines = [Self.proc(pid: 1000, t: 100), Self.print("a", pid: 1000, t: 200, n: 1)]
        try folder.write(name, lines.joined(separator: "\n") + "\n")
        var growing = GrowingTraceFolder(directory: folder.path)
        XCTAssertEqual(growing.refresh(), 2)
        XCTAssertEqual(texts(growing), ["a"])
        XCTAssertEqual(growing.refresh(), 0, "nothing new, nothing read twice")
        lines += [Self.print("b", pid: 1000, t: 300, n: 2), Self.print("c", pid: 1000, t: 400, n: 3)]
        try folder.write(name, lines.joined(separator: "\n") + "\n")
        XCTAssertEqual(growing.refresh(), 2)
        XCTAssertEqual(texts(growing), ["a", "b", "c"])
        XCTAssertEqual(growing.merged(startNs: Self.start, mainPid: 1000).keys,
                       [1, 2, 3].map { EventKey(source: name, n: Int64($0)) }, "each event keyed by its file and n")
    }

    func testACutOffLastLineWaitsUntilItIsComplete() throws {
        let name = "1000-100.jsonl"
        let head = [Self.proc(pid: 1000, t: 100), Self.print("a", pid: 1000, t: 200, n: 1)].joined(separator: "\n") + "\n"
        let late = Self.print("b", pid: 1000, t: 300, n: 2)
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
        let first = [Self.proc(pid: 1000, t: 100), Self.print("a", pid: 1000, t: 200, n: 1)].joined(separator: "\n") + "\n"
        let padding = [UInt8](repeating: 0, count: 100_000)  // more than one read chunk
        try folder.write(name, bytes: Array(first.utf8) + padding)
        var growing = GrowingTraceFolder(directory: folder.path)
        XCTAssertEqual(growing.refresh(), 2)
        // The mmap writer copies the next lines into the padding: the file keeps its size.
        let more = Self.print("b", pid: 1000, t: 300, n: 2) + "\n" + Self.print("c", pid: 1000, t: 400, n: 3).prefix(10)
        try folder.write(name, bytes: Array((first + more).utf8) + padding.dropLast(more.utf8.count))
        XCTAssertEqual(growing.refresh(), 1, "the complete line before the padding, not the cut one")
        XCTAssertEqual(texts(growing), ["a", "b"])
    }

    func testAFileThatAppearsLaterIsPickedUpAndTemporaryFilesAreNot() throws {
        try folder.write("1000-100.jsonl", [Self.proc(pid: 1000, t: 100), Self.print("main", pid: 1000, t: 500, n: 1)].joined(separator: "\n") + "\n")
        var growing = GrowingTraceFolder(directory: folder.path)
        XCTAssertEqual(growing.refresh(), 2)
        try folder.write(".1001-150.tmp", Self.proc(pid: 1001, t: 150, role: "child", name: "Process-1") + "\n")
        XCTAssertEqual(growing.refresh(), 0, "a .tmp file is a process still writing its header")
        try folder.write("1001-150.jsonl", [Self.proc(pid: 1001, t: 150, role: "child", name: "Process-1"),
                                            Self.print("child", pid: 1001, t: 300, n: 1)].joined(separator: "\n") + "\n")
        XCTAssertEqual(growing.refresh(), 2)
        XCTAssertEqual(texts(growing), ["child", "main"], "a late event sorts by its time")
    }

    func testLinesWrittenOutOfOrderAreSortedByTheirNumber() throws {
        let name = "1000-100.jsonl"
        let lines = [Self.proc(pid: 1000, t: 100), Self.print("b", pid: 1000, t: 200, n: 2), Self.print("a", pid: 1000, t: 200, n: 1)]
        try folder.write(name, lines.joined(separator: "\n") + "\n")
        var growing = GrowingTraceFolder(directory: folder.path)
        growing.refresh()
        XCTAssertEqual(texts(growing), ["a", "b"], "same time: the tracer's numbering decides")
    }

    func testOnceCompleteTheLiveMergeIsTheFinalMergeWithoutTheMainProcessEnd() throws {
        try folder.write("1000-100.jsonl", [Self.proc(pid: 1000, t: 100), Self.print("a", pid: 1000, t: 200, n: 1),
                                            Self.print("b", pid: 1000, t: 400, n: 2)].joined(separator: "\n") + "\n")
        try folder.write("1001-150.jsonl", [Self.proc(pid: 1001, t: 150, role: "child", name: "Process-1"),
                                            Self.print("c", pid: 1001, t: 300, n: 1)].joined(separator: "\n") + "\n")
        var growing = GrowingTraceFolder(directory: folder.path)
        growing.refresh()
        let live = growing.merged(startNs: Self.start, mainPid: 1000)
        let final = TraceMerger.merge(directory: folder.path, startNs: Self.start, endNs: Self.start + 1000, mainPid: 1000, run: RunFacts())
        XCTAssertEqual(Array(final.events.dropLast()), live.events)
        XCTAssertEqual(Array(final.keys.dropLast()), live.keys)
        XCTAssertEqual(final.events.last?.kind, EventKind.processExit)
        XCTAssertNil(final.keys.last ?? nil, "mp-tutor's own record of the end has no key")
    }
}
