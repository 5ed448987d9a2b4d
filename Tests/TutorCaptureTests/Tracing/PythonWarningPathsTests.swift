import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture

/// A warning line Python's `warnings` module writes (`path:line: Category: message`) is Python's text like a
/// traceback frame, so its path is made portable the same way (gaps 9: the resource tracker's leak warning kept
/// `/root/...`).
final class PythonWarningPathsTests: XCTestCase {
    let paths = PortablePaths(scriptFolder: "/home/ann/mp-tutor/corpus", checkout: "/home/ann/mp-tutor", home: "/home/ann")

    func print(_ text: String, stream: String = "stderr") -> TraceEvent {
        TraceEvent(seq: 1, t: 0, pid: 1, ppid: 0, process: "resource tracker", thread: "MainThread", kind: .print,
                   fields: JSONObject([("stream", .string(stream)), ("text", .string(text))]))
    }

    func testAWarningLinesPathIsShortenedLikeATracebackFrames() {
        let line = "/home/ann/.pyenv/versions/3.11.7/lib/python3.11/multiprocessing/resource_tracker.py:254: UserWarning: "
            + "resource_tracker: There appear to be 3 leaked semaphore objects to clean up at shutdown"
        XCTAssertEqual(paths.event(print(line)).text,
                       "~/.pyenv/versions/3.11.7/lib/python3.11/multiprocessing/resource_tracker.py:254: UserWarning: "
                       + "resource_tracker: There appear to be 3 leaked semaphore objects to clean up at shutdown")
        XCTAssertEqual(paths.event(print("/home/ann/mp-tutor/corpus/w.py:7: DeprecationWarning: old")).text,
                       "w.py:7: DeprecationWarning: old")
    }

    func testALineThatOnlyLooksLikeAPathIsTheProgramsOwn() {
        for text in ["/home/ann/notes.txt: 3 lines", "/home/ann/x.py:12: just a note", "saved /home/ann/x.py:3: UserWarning: no"] {
            let event = print(text, stream: "stdout")
            XCTAssertEqual(paths.event(event), event, text)
        }
    }
}
