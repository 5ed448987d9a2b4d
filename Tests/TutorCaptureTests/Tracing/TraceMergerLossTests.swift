import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Gaps 28C: the merger says which process lost how many events (`MergedTrace.lostByProcess`, the trailer's
/// `lost_by_process`), where it used to add every file's losses into one count, and keeps each file's first malformed
/// compact line, which reached no screen before. Logs corrupted on purpose (the real case is corpus
/// `g28c_c_fork_shared_log`).
final class TraceMergerLossTests: XCTestCase {
    private var folder: TemporaryFolder!
    private let start: UInt64 = 5_000_000_000

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func abs(_ relative: Int) -> Int { Int(start) + relative }

    func testEachProcessesLossIsItsOwnWithItsFirstMalformedLineAndAFileWithoutProcLineByItsNamesPid() throws {
        let main = [
            #"{"kind":"proc","t":\#(abs(100)),"n":0,"tid":11,"pid":1000,"ppid":1,"name":"MainProcess","role":"main"}"#,
            #"{"kind":"process.spawn","t":\#(abs(2000)),"n":1,"tid":11,"child_pid":1001,"name":"Process-1","daemon":false}"#,
            // n 2 never reached the file
            #"{"kind":"print","t":\#(abs(3000)),"n":3,"tid":11,"stream":"stdout","text":"main"}"#,
        ]
        let child = [
            #"{"kind":"proc","t":\#(abs(2500)),"n":0,"tid":33,"pid":1001,"ppid":1000,"name":"MainProcess","role":"child"}"#,
            #"{"kind":"process.start","t":\#(abs(2600)),"n":1,"tid":33,"name":"Process-1","daemon":false,"parent_pid":1000,"start_method":"fork","role":"child"}"#,
            "~G zz,", // a compact line that is not well formed
            #"{"kind":"print","t":\#(abs(4000)),"n":4,"tid":33,"stream":"stdout","text":"child"}"#,
        ]
        try folder.write("1000-\(abs(100)).jsonl", main.joined(separator: "\n") + "\n")
        try folder.write("1001-\(abs(2500)).jsonl", child.joined(separator: "\n") + "\n")
        try folder.write("1002-\(abs(2700)).jsonl", #"{"kind":"print","t":\#(abs(2800)),"n":1,"tid":5,"stream":"stdout","text":"x"}"# + "\n")
        let merged = TraceMerger.merge(directory: folder.path, startNs: start, endNs: UInt64(abs(10_000)), mainPid: 1000,
                                       run: RunFacts(exitCode: 0))
        XCTAssertEqual(merged.lostEvents, 1 + 2 + 2)
        XCTAssertEqual(merged.lostByProcess.map(\.pid), [1000, 1001, 1002])
        XCTAssertEqual(merged.lostByProcess.map(\.process), ["MainProcess", "Process-1", nil])
        XCTAssertEqual(merged.lostByProcess.map(\.lost), [1, 2, 2])
        XCTAssertEqual(merged.lostByProcess.map { $0.malformed == nil }, [true, false, true])
        XCTAssertTrue(merged.lostByProcess[1].malformed?.hasPrefix("1001-\(abs(2500)).jsonl line 3: ") ?? false,
                      merged.lostByProcess[1].malformed ?? "nil")
        XCTAssertEqual(merged.lostByProcess.reduce(0) { $0 + $1.lost }, merged.lostEvents)
    }

    /// A run that lost nothing has an empty list (the trailer then writes no `lost_by_process`).
    func testNothingLostNothingListed() throws {
        try folder.write("1000-1.jsonl", #"{"kind":"proc","t":\#(abs(1)),"n":0,"tid":1,"pid":1000,"ppid":1,"name":"MainProcess","role":"main"}"# + "\n")
        let merged = TraceMerger.merge(directory: folder.path, startNs: start, endNs: UInt64(abs(10)), mainPid: 1000, run: RunFacts(exitCode: 0))
        XCTAssertEqual(merged.lostEvents, 0)
        XCTAssertEqual(merged.lostByProcess, [])
    }
}
