import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// `run-stops.log` (gaps 29D): what mp-tutor writes as each stop happens reads back as the end-of-run record has it,
/// and the file, outside input once a folder is copied, is read bounded and range-checked.
final class RunStopLogTests: XCTestCase {
    func testWrittenLinesReadBackAsTheEndOfRunObservations() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let log = try XCTUnwrap(RunStopLog.create(in: folder.path))
        let start: UInt64 = 5_000_000_000
        let first = RunSuspension.Stop(stoppedAtNs: start + 1_000, continuedAtNs: start + 2_001_000, signal: SIGTSTP)
        let second = RunSuspension.Stop(stoppedAtNs: start + 3_000_000, continuedAtNs: start + 3_000_000, signal: SIGTTOU, senderPid: 77)
        log.append(first, continued: false)
        log.append(first, continued: true)
        log.append(second, continued: false)
        log.closeFile()
        let (observations, lines) = RunStopLog.read(directory: folder.path, startNs: start, mainPid: 42)
        XCTAssertEqual(lines, 3)
        let closed = first.observations(mainPid: 42)
        XCTAssertEqual(observations.count, 3)
        for (read, recorded) in zip(observations.prefix(2), closed) {
            XCTAssertEqual(read.kind, recorded.kind)
            XCTAssertEqual(read.t, recorded.t)
            XCTAssertEqual(read.pid, 42)
            XCTAssertEqual(read.fields, recorded.fields)
        }
        XCTAssertEqual(observations[2].kind, .runStopped)
        XCTAssertEqual(observations[2].fields, JSONObject([(EventField.signame, .string("SIGTTOU")), (EventField.senderPid, .int(77))]))
    }

    func testHostileLinesAreSkipped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let start: Int64 = 1_000_000_000
        let text = [
            #"{"kind":"run.stopped","t":1000000100,"signame":"SIGTSTP"}"#,
            #"{"kind":"process.exit","t":1000000200,"signame":"SIGTSTP"}"#,                       // another kind
            #"{"kind":"run.stopped","t":-5,"signame":"SIGTSTP"}"#,                                 // a negative time
            #"{"kind":"run.stopped","t":9000000000000000000,"signame":"SIGTSTP"}"#,                // outside any run
            #"{"kind":"run.stopped","t":1000000300,"signame":"\u001b[2J"}"#,                       // not a stop signal
            #"{"kind":"run.continued","t":1000000400,"signame":"SIGTSTP"}"#,                       // a continue with no length
            #"{"kind":"run.continued","t":1000000400,"signame":"SIGTSTP","duration_ns":-1}"#,
            #"{"kind":"run.stopped","t":1000000500,"signame":"SIGTSTP","sender_pid":4294967296}"#, // not a pid
            "not json at all", "",
            #"{"kind":"run.continued","t":1000000600,"signame":"SIGTSTP","duration_ns":500}"#,
        ].joined(separator: "\n") + "\n" + String(repeating: "x", count: RunStopLog.maxBytes)
        try text.write(toFile: folder.path + "/" + RunStopLog.fileName, atomically: true, encoding: .utf8)
        let (observations, lines) = RunStopLog.read(directory: folder.path, startNs: UInt64(start), mainPid: 9)
        XCTAssertEqual(lines, 11)
        XCTAssertEqual(observations.map(\.kind), [.runStopped, .runContinued])
        XCTAssertEqual(observations.map(\.t), [1_000_000_100, 1_000_000_600])
        XCTAssertEqual(observations.first?.fields[EventField.durationNs], .int(500), "the continue gives its stop the length")
    }
}
