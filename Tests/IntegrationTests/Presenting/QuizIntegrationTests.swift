import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// `mp-tutor quiz` at the prompt against a live run, and `present` refused without a terminal.
final class QuizIntegrationTests: XCTestCase {
    private func quiz(_ arguments: [String], input: String, state: String) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryHarness.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: BinaryHarness.repoRoot)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["XDG_STATE_HOME"] = state
        env["MP_TUTOR_PYTHON"] = try RunTestSupport.python()
        process.environment = env
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testAQuizIsAnsweredAtThePromptScoredFromTheRunAndKept() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("mp-tutor-quiz-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: state) }
        // thread-local: "How many processes?" (choices 1, 2, 3) and "How many threads found no value?" (0, 1, 3).
        let first = try quiz(["quiz", "thread-local"], input: "1\n3\n", state: state)
        XCTAssertEqual(first.status, 0, first.stdout)
        XCTAssertTrue(first.stdout.contains("Question 1/2"), first.stdout)
        XCTAssertTrue(first.stdout.contains("this run showed: 1"), first.stdout)
        XCTAssertTrue(first.stdout.contains("score: 1 / 2"), first.stdout)
        let store = ProgressStore(environment: ["HOME": "/nonexistent", "XDG_STATE_HOME": state])
        XCTAssertEqual(store.quizScores()["thread-local"]?.last, 1)

        let second = try quiz(["quiz", "thread-local"], input: "1\n2\n", state: state)
        XCTAssertTrue(second.stdout.contains("score: 2 / 2"), second.stdout)
        XCTAssertEqual(store.quizScores()["thread-local"]?.best, 2)

        let third = try quiz(["quiz", "thread-local"], input: "3\n", state: state)
        XCTAssertEqual(third.status, 1, "end of input before the last answer: nothing is run")
        XCTAssertEqual(store.quizScores()["thread-local"]?.last, 2, "an abandoned quiz keeps the last score")
    }

    func testPresentNeedsATerminal() throws {
        let result = try BinaryHarness.run(["present", "pool-async", "--replay"])
        XCTAssertNotEqual(result.status, .exited(0))
        XCTAssertTrue(result.stderr.contains("present needs a terminal"), result.stderr)
        let speed = try BinaryHarness.run(["present", "pool-async", "--speed", "1000"])
        XCTAssertTrue(speed.stderr.contains("--speed takes events per second"), speed.stderr)
    }
}
