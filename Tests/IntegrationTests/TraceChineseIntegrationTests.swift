import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// What sec-runtime added to `trace` (no watchdog, unfinished lines, `--record -`, the script's and `--record`'s
/// errors, a run stopped by SIGTERM) said in Chinese by the built binary.
final class TraceChineseIntegrationTests: XCTestCase {
    func testHeadingUnfinishedLineAndRecordToStandardOutputInChinese() throws {
        let script = try BinaryHarness.script("half.py", "import sys\nsys.stdout.write('half a line')\n")
        let free = try BinaryHarness.run(["trace", "--lang", "zh", "--timeout", "0", "--width", "120", script])
        XCTAssertEqual(free.status, .exited(0), free.stderr)
        XCTAssertTrue(free.stdout.contains("（没有看门狗 · Ctrl-C 停止所有进程）"), free.stdout)
        XCTAssertTrue(free.stdout.contains("half a line"), free.stdout)
        XCTAssertTrue(free.stdout.contains("（没有换行）"), free.stdout)
        XCTAssertFalse(free.stdout.contains("no newline") || free.stdout.contains("no watchdog"), free.stdout)
        let piped = try BinaryHarness.run(["trace", "--lang", "zh", "--record", "-", "--width", "120", script])
        XCTAssertEqual(piped.status, .exited(0), piped.stderr)
        XCTAssertTrue(piped.stderr.contains("已录制到标准输出"), piped.stderr)
        XCTAssertTrue(piped.stdout.hasPrefix("{"), "the transcript alone is on standard output")
    }

    func testScriptAndRecordErrorsInChinese() throws {
        let module = try BinaryHarness.run(["trace", "--lang", "zh", "-m"])
        XCTAssertEqual(module.status, .exited(64))
        XCTAssertTrue(module.stderr.contains("错误：-m 后面需要一个模块名"), module.stderr)
        XCTAssertTrue(module.stderr.contains("例如 'mp-tutor trace -m mypackage.tool --size 3'。"), module.stderr)
        let folder = (try BinaryHarness.script("inside.py", "print('hi')\n") as NSString).deletingLastPathComponent
        let asScript = try BinaryHarness.run(["trace", "--lang", "zh", folder])
        XCTAssertEqual(asScript.status, .exited(64))
        XCTAssertTrue(asScript.stderr.contains("\(folder) 是一个文件夹，不是 Python 脚本"), asScript.stderr)
        XCTAssertTrue(asScript.stderr.contains("请用 'mp-tutor trace -m PACKAGE'"), asScript.stderr)
        let script = try BinaryHarness.script("hello.py", "print('hi')\n")
        let intoFolder = try BinaryHarness.run(["trace", "--lang", "zh", "--record", folder, script])
        XCTAssertEqual(intoFolder.status, .exited(64))
        XCTAssertTrue(intoFolder.stderr.contains("--record \(folder) 是一个文件夹"), intoFolder.stderr)
        let overwrite = try BinaryHarness.run(["trace", "--lang", "zh", "--record", script, script])
        XCTAssertEqual(overwrite.status, .exited(64))
        XCTAssertTrue(overwrite.stderr.contains("会覆盖正在被追踪的程序"), overwrite.stderr)
    }

    func testARunStoppedBySigtermSaysSoInChinese() throws {
        let script = try BinaryHarness.script("long.py", "import time\nprint('started', flush=True)\ntime.sleep(30)\n")
        let marker = UUID().uuidString
        let box = PidHolder()
        let sender = Thread {
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline, ProcessTable.pids(withEnvironmentEntry: "MPTUTOR_SIGNAL_TEST=\(marker)").count < 2 {
                Thread.sleep(forTimeInterval: 0.1)
            }
            Thread.sleep(forTimeInterval: 0.3)
            if let pid = box.pid { kill(pid, SIGTERM) }
        }
        sender.start()
        let result = try BinaryHarness.run(["trace", "--lang", "zh", "--width", "120", script],
                                           environment: ["MPTUTOR_SIGNAL_TEST": marker], onStart: { box.pid = $0 })
        XCTAssertEqual(result.status, .signaled(SIGTERM))
        XCTAssertTrue(result.stdout.contains("这次运行被停止了：mp-tutor 收到了 SIGTERM"), result.stdout)
        XCTAssertFalse(result.stdout.contains("Ctrl-C 之后"), result.stdout)
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: "MPTUTOR_SIGNAL_TEST=\(marker)"), [])
    }
}
