import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorCommands
@testable import TutorTestSupport

/// The interactive view in Chinese, in a real terminal (tmux, 100x30): the step line, the key line, the state
/// panel and the help overlay speak Chinese; the lesson's notes come from its Chinese file.
final class SteppingInterfaceChineseTmuxTests: XCTestCase {
    private var pane: TmuxPane!

    override func setUpWithError() throws {
        pane = try TmuxPane(name: "stepping-zh")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: BinaryHarness.binary), "build mp-tutor first")
    }

    override func tearDown() { pane?.close() }

    func testTheStepViewInChinese() throws {
        let events = try TranscriptReader.read(path: BinaryHarness.repoRoot + "/transcripts/pool-async.jsonl").events.count
        let script = """
            cd '\(BinaryHarness.repoRoot)'
            LC_ALL=C.UTF-8 MP_TUTOR_LANG=zh '\(BinaryHarness.binary)' replay pool-async --step
            echo $? > '\(pane.directory)/status.txt'

            """
        try script.write(toFile: pane.directory + "/run.sh", atomically: true, encoding: .utf8)
        try pane.keys("bash '\(pane.directory)/run.sh'", "Enter")
        let first = try pane.waitForScreen(steady: true) { $0.first?.hasPrefix(" 第 1/\(events) 步 ") == true }
        XCTAssertTrue(first.last?.contains("q 退出") == true, first.joined(separator: "\n"))
        XCTAssertTrue(first.contains { $0.contains("第 1 步之后的状态") }, "the state panel's title")
        XCTAssertTrue(first.contains { $0.contains("开始运行（pid ") }, "the event in words")
        XCTAssertTrue(first.allSatisfy { $0.displayWidth <= 100 }, first.joined(separator: "\n"))

        // The pool's submissions carry the Chinese lesson's first generic note; the state panel shows the pool.
        try pane.keys("]")
        let noted = try pane.waitForScreen(steady: true) { screen in screen.contains { $0.contains("只是把任务放进进程池的任务队列") } }
        XCTAssertTrue(noted.contains { $0.hasPrefix(" 进程池") }, noted.joined(separator: "\n"))

        try pane.keys("h")
        let help = try pane.waitForScreen(steady: true) { screen in screen.contains { $0.contains("按键") } }
        XCTAssertTrue(help.contains { $0.contains("下一个事件") }, help.joined(separator: "\n"))
        XCTAssertTrue(help.contains { $0.contains("屏幕上显示什么") })

        try pane.keys("Escape")
        _ = try pane.waitForScreen(steady: true) { $0.last?.contains("q 退出") == true }
        try pane.keys("q")
        try pane.waitForFile("status.txt", timeout: 15)
        XCTAssertEqual(try pane.contents("status.txt").trimmingCharacters(in: .whitespacesAndNewlines), "0")
    }
}
