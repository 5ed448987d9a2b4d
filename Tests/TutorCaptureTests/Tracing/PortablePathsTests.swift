import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Transcripts keep no path of the recording machine's checkout or home folder.
final class PortablePathsTests: XCTestCase {
    let paths = PortablePaths(scriptFolder: "/home/ann/mp-tutor/lessons/pool-map", checkout: "/home/ann/mp-tutor", home: "/home/ann")

    func testPathsUnderTheScriptFolderTheCheckoutAndHomeAreRewritten() {
        XCTAssertEqual(paths.path("/home/ann/mp-tutor/lessons/pool-map/demo.py"), "demo.py")
        XCTAssertEqual(paths.path("/home/ann/mp-tutor/lessons/pool-map/lib/util.py"), "lib/util.py")
        XCTAssertEqual(paths.path("/home/ann/mp-tutor/tracer/x.py"), "tracer/x.py")
        XCTAssertEqual(paths.path("/home/ann/.pyenv/versions/3.11.7/bin/python3"), "~/.pyenv/versions/3.11.7/bin/python3")
        XCTAssertEqual(paths.path("/home/annie/x.py"), "/home/annie/x.py", "a folder beside home is not under it")
        XCTAssertEqual(paths.path("/tmp/pymp-abc/listener-1"), "/tmp/pymp-abc/listener-1", "runtime paths stay")
        XCTAssertEqual(paths.path("demo.py"), "demo.py")
    }

    func testEventsSitesTracebacksErrorsAndArgvAreRewrittenButNotOtherText() {
        func event(_ kind: String, _ fields: [(String, JSONValue)]) -> TraceEvent {
            TraceEvent(seq: 1, t: 0, pid: 1, ppid: 0, process: "MainProcess", thread: "MainThread", kind: kind,
                       fields: JSONObject(fields))
        }
        let site = paths.event(event("lock.create", [("site", .string("/home/ann/mp-tutor/lessons/pool-map/demo.py:12"))]))
        XCTAssertEqual(site.site, "demo.py:12")
        let frame = paths.event(event("print", [("stream", .string("stderr")), ("text", .string(
            "  File \"/home/ann/.pyenv/versions/3.11.7/lib/python3.11/multiprocessing/pool.py\", line 125, in worker"))]))
        XCTAssertEqual(frame.text, "  File \"~/.pyenv/versions/3.11.7/lib/python3.11/multiprocessing/pool.py\", line 125, in worker")
        let printed = event("print", [("stream", .string("stdout")), ("text", .string("cwd is /home/ann/mp-tutor"))])
        XCTAssertEqual(paths.event(printed), printed, "what the program printed is its own (see --redact)")
        let argv = paths.event(event("subprocess.spawn", [("child_pid", .int(7)), ("argv", .array([
            .string("/home/ann/.pyenv/versions/3.11.7/bin/python3"), .string("-c"), .string("pass")]))]))
        XCTAssertEqual(argv["argv"], .array([.string("~/.pyenv/versions/3.11.7/bin/python3"), .string("-c"), .string("pass")]))
        let error = paths.event(event("process.error", [("error", .string("FileNotFoundError: /home/ann/mp-tutor/x"))]))
        XCTAssertEqual(error.string(EventField.error), "FileNotFoundError: x")
        let socket = event("manager.create", [("address", .string("/tmp/pymp-1/listener-2")), ("site", .string("demo.py:3"))])
        XCTAssertEqual(paths.event(socket), socket)
    }

    func testTheCommandLineIsRewritten() {
        var transcript = Transcript(header: TranscriptHeader(command: ["/home/ann/mp-tutor/lessons/pool-map/demo.py", "--n", "3"],
                                                             platform: "linux", cpus: 2, mptutorVersion: "0", recordedAt: "now"),
                                    events: [], trailer: nil)
        transcript = paths.apply(to: transcript)
        XCTAssertEqual(transcript.header.command, ["demo.py", "--n", "3"])
    }

    func testRedactionReplacesHomeAndUserNameAsWholeNames() {
        let redaction = TranscriptRedaction(home: "/home/ann/", user: "ann")
        XCTAssertEqual(redaction.text("cwd /home/ann/work, user ann"), "cwd ~/work, user <user>")
        XCTAssertEqual(redaction.text("annual report for joanna in ann.txt"), "annual report for joanna in ann.txt")
        XCTAssertEqual(redaction.text("/srv/ann/data and /home/annex"), "/srv/<user>/data and /home/annex")
        let event = TraceEvent(seq: 1, t: 0, pid: 1, ppid: 0, process: "MainProcess", thread: "MainThread", kind: .print,
                               fields: JSONObject([("stream", .string("stdout")), ("text", .string("hello ann"))]))
        let transcript = redaction.apply(to: Transcript(header: TranscriptHeader(platform: "linux", cpus: 1, mptutorVersion: "0",
                                                                                 recordedAt: "now"), events: [event], trailer: nil))
        XCTAssertEqual(transcript.events[0].text, "hello <user>")
    }
}
