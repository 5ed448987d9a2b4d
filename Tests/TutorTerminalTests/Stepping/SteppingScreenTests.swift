import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The screen as a pure function of run, step, size and session; what it shows; that it fits.
final class SteppingScreenTests: XCTestCase {
    typealias Support = SteppingTestSupport

    func testStepsForwardThenBackShowIdenticalScreens() throws {
        let model = try Support.poolAsync()
        let size = TerminalSize(width: 80, height: 24)
        var session = StepSession()
        var forward: [[String]] = []
        for _ in 0..<model.count {
            forward.append(StepScreen(model: model, session: session, size: size).lines())
            _ = session.handle(.character(" "), in: model)
        }
        XCTAssertEqual(session.step, model.count - 1)
        XCTAssertEqual(session.message, "this is the last step (g goes to the first)")
        _ = session.handle(.character("b"), in: model)
        _ = session.handle(.right, in: model)
        for step in stride(from: model.count - 1, through: 0, by: -1) {
            XCTAssertEqual(session.step, step)
            XCTAssertEqual(StepScreen(model: model, session: session, size: size).lines(), forward[step], "step \(step + 1)")
            _ = session.handle(.left, in: model)
        }
        // Jumps land on the same screens too.
        _ = session.handle(.character("G"), in: model)
        XCTAssertEqual(StepScreen(model: model, session: session, size: size).lines(), forward[model.count - 1])
        _ = session.handle(.character("g"), in: model)
        XCTAssertEqual(StepScreen(model: model, session: session, size: size).lines(), forward[0])
    }

    func testHeaderNamesStepTimeLaneAndEvent() throws {
        let model = try Support.poolAsync()
        let start = Support.event(.taskStart, 4, in: model)
        let header = Support.screen(model, step: start)[0]
        XCTAssertTrue(header.hasPrefix(" step \(start + 1)/\(model.count)  0.613 s  ForkPoolWorker-1  ▶ task 3 square_slowly"), header)
        let text = Support.flat(Support.screen(model, step: start))
        // The generic note, from the state model: the three workers were busy with tasks 0-2 for most of the wait.
        XCTAssertTrue(text.contains("task 3 started 478 ms after it was submitted: 476 ms while every started worker was running another task"),
                      "the note: \(text)")
        XCTAssertTrue(text.contains("← task 3 was submitted by MainProcess at 0.135 s (step 13)"), "the cause link: \(text)")
    }

    func testAfterTheThirdTaskStartAllThreeWorkersAreBusy() throws {
        let model = try Support.poolAsync()
        let third = Support.event(.taskStart, 3, in: model)
        let before = Support.flat(Support.screen(model, step: third - 1))
        XCTAssertTrue(before.contains("ForkPoolWorker-3 idle"), before)
        let text = Support.flat(Support.screen(model, step: third))
        for (worker, task) in [(1, 0), (2, 1), (3, 2)] {
            XCTAssertTrue(text.contains("ForkPoolWorker-\(worker) runs task \(task)"), text)
        }
        XCTAssertTrue(text.contains("7 waiting: 3, 4, 5, 6, 7, 8, 9"), text)
        let lastStep = Support.flat(Support.screen(model, step: model.count - 1, width: 120, height: 40))
        XCTAssertTrue(lastStep.contains("10 arrived · 10 callbacks run"), lastStep)
        XCTAssertTrue(lastStep.contains("ForkPoolWorker-1 1300 exited, code 0") || lastStep.contains("ForkPoolWorker-1 1300 ended by"), lastStep)
    }

    func testQueueLockAndProcessStateFollowTheEvents() throws {
        let model = try Support.queueAndLock()
        func text(after kind: EventKind, _ n: Int = 1) -> String {
            Support.flat(Support.screen(model, step: Support.event(kind, n, in: model), width: 100, height: 30))
        }
        XCTAssertTrue(text(after: .queueCreate).contains("Queue#1 (Queue, 0 of 2 items): empty"))
        XCTAssertTrue(text(after: .queuePut).contains("Queue#1 (Queue, 1 of 2 items): 'a'"))
        let full = text(after: .queueWait)
        XCTAssertTrue(full.contains("Queue#1 (Queue, 2 of 2 items): 'a', 'b' · put blocked: Process-1"), full)
        XCTAssertTrue(full.contains("Process-1 20 waiting to put on Queue#1 since 0.700 s"), full)
        XCTAssertTrue(text(after: .lockAcquire).contains("Lock#1 (Lock): held by MainProcess since 0.900 s"))
        let contended = text(after: .lockWait)
        XCTAssertTrue(contended.contains("held by MainProcess since 0.900 s · waiting: Process-2 since 1.200 s"), contended)
        let got = text(after: .queueGet)
        XCTAssertTrue(got.contains("Queue#1 (Queue, 1 of 2 items): 'b'"), got)
        XCTAssertTrue(got.contains("← got 'a', put by Process-1 at 0.500 s (step 5)"), got)
        XCTAssertTrue(text(after: .processReaped).contains("Process-2 21 ended by SIGTERM"))
    }

    func testEveryScreenFits80x24AndSmallerTerminals() throws {
        let colour = TerminalCapabilities(color: true, unicode: true, width: 80, isInteractive: true)
        let poolAsync = try Support.poolAsync()
        // Every step of every run at 80x24 (debug builds lay out slowly, so the rest is sampled).
        for model in [poolAsync, try Support.poolAsync(capabilities: colour), try Support.contention(), try Support.queueAndLock()] {
            for step in 0..<model.count { assertFits(model, StepSession(step: step), width: 80, height: 24) }
        }
        for (width, height) in [(80, 24), (40, 10), (60, 12)] {
            for step in stride(from: 0, to: poolAsync.count, by: 7) {
                var help = StepSession(step: step), typing = StepSession(step: step), message = StepSession(step: step)
                help.showsHelp = true
                typing.input = .search("task 3")
                message.message = "no event mentions 'zzz'"
                for session in [StepSession(step: step), help, typing, message] {
                    assertFits(poolAsync, session, width: width, height: height)
                }
            }
        }
    }

    private func assertFits(_ model: StepModel, _ session: StepSession, width: Int, height: Int, line: UInt = #line) {
        let lines = StepScreen(model: model, session: session, size: .init(width: width, height: height)).lines()
        XCTAssertEqual(lines.count, height, "the key line sits on the last row", line: line)
        for text in lines { XCTAssertLessThanOrEqual(text.displayWidth, width, text, line: line) }
    }

    func testALargerTerminalGetsMoreOfTheRun() throws {
        let model = try Support.poolAsync()
        let step = Support.event(.taskStart, 4, in: model)
        let small = Support.screen(model, step: step)
        let large = Support.screen(model, step: step, width: 120, height: 40)
        XCTAssertEqual(large.count, 40)
        XCTAssertGreaterThan(large.map(\.displayWidth).max() ?? 0, 80, "lane bars use the width")
        XCTAssertLessThanOrEqual(large.map(\.displayWidth).max() ?? 0, 120)
        XCTAssertEqual(small.count, 24)
        XCTAssertTrue(small[23].hasSuffix("h help · q quit"), "the whole key line fits 80 columns: \(small[23])")
        XCTAssertFalse(Support.flat(large).contains("more lines"), "nothing is cut at 120x40")
        let tiny = Support.screen(model, step: step, width: 80, height: 12)
        XCTAssertTrue(Support.flat(tiny).contains("more lines"), "a short terminal says what it left out")
    }

    func testWithoutKeysTheScreenHasNoHeightLimitAndNoKeyLine() throws {
        let model = try Support.poolAsync()
        let lines = StepScreen(model: model, session: StepSession(step: 40), size: .unlimitedHeight(width: 80), showsKeys: false).lines()
        XCTAssertFalse(lines.contains { $0.contains("q quit") })
        XCTAssertFalse(Support.flat(lines).contains("more lines"))
        XCTAssertLessThan(lines.count, 40)
    }
}
