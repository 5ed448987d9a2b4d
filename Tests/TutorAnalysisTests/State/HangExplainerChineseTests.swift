import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// The deadlock explanation and the watchdog's note in Chinese: the same facts, in Chinese sentences.
final class HangExplainerChineseTests: XCTestCase {
    func testADeadlockAndTheWatchdogNoteInChinese() {
        var s = EventScript()
        for (ms, pid, name, role) in [(0.0, Int32(100), "MainProcess", "main"), (5, 201, "Process-1", "child"), (6, 202, "Process-2", "child")] {
            s.add(ms, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string(role))])
        }
        s.add(10, pid: 201, process: "Process-1", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(11, pid: 202, process: "Process-2", .lockAcquire, object: "Lock#2", [("waited_ns", .int(0))])
        s.add(20, pid: 201, process: "Process-1", .lockWait, object: "Lock#2")
        s.add(21, pid: 202, process: "Process-2", .lockWait, object: "Lock#1")
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        let timeline = s.timeline(run: RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 3))
        Language.with(.zh) {
            let text = HangExplainer(timeline: timeline).explanations()
            XCTAssertEqual(text.count, 1, "\(text)")
            XCTAssertTrue(text[0].hasPrefix("死锁："), text[0])
            XCTAssertTrue(text[0].contains("Process-1 持有 Lock#1，并且等待获得 Lock#2"), text[0])
            let watchdog = Annotator(timeline: timeline).notes().last?.text ?? ""
            XCTAssertTrue(watchdog.hasPrefix("看门狗在 3.000 s 后停止了这次运行"), watchdog)
            XCTAssertTrue(watchdog.contains("那一刻：MainProcess（pid 100）在 0.000 s 启动") && watchdog.contains("原因：死锁："), watchdog)
        }
        XCTAssertTrue(HangExplainer(timeline: timeline).explanations()[0].hasPrefix("deadlock: "), "English again outside")
    }
}
