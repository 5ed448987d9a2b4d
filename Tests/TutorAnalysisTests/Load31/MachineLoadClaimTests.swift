import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Load 31: a claim marked `needs: free cores` that does not hold on a run that measured a busy machine is "not
/// judged", never passed; on a quiet machine it is false as before; the figures go through the transcript and a
/// watchdog's stop moment counts the time it did not count.
final class MachineLoadClaimTests: XCTestCase {
    private let lessonText = """
    ---
    id: demo
    title: Demo
    demo: demo.py
    claims:
      - say: at most one task ran at once
        check: max_concurrent_tasks <= 1
        needs: free cores
      - say: three tasks were done
        check: tasks_done == 3
    ---
    body
    """

    private func run(busy: Bool) -> RunFacts {
        var run = RunFacts()
        run.machineLoad = MachineLoad(cpuWaitNs: 2_500_000_000, otherRunnable: busy ? 20.4 : 0.2, cores: 2)
        return run
    }

    func testAFreeCoresClaimThatFailsOnABusyRunIsNotJudgedAndNotPassed() throws {
        let lesson = try LessonParser.parse(lessonText, file: "lessons/demo/demo.md")
        XCTAssertEqual(lesson.claims.map(\.needsFreeCores), [true, false])
        let busy = ClaimReport(lesson: lesson, variant: nil, parameters: [:], timeline: Fixtures.poolRun().timeline(run: run(busy: true)))
        XCTAssertEqual(busy.entries.map(\.notJudgedBusy), [true, false])
        XCTAssertFalse(busy.passed, "a claim not judged is never a pass")
        XCTAssertTrue(busy.passedExceptBusy)
        let words = busy.entries[0].outcome.observation.inWords(.en)
        XCTAssertTrue(words.hasPrefix("not judged on this run: the claim needs free cores and the machine was busy (other programs kept 20.4 processes ready to run on 2 cores on average; the run's processes stood ready with no core for 2.500 s in all)"), words)
        XCTAssertTrue(words.contains("max_concurrent_tasks") || words.contains("2"), "what the run showed is still said: " + words)
        XCTAssertTrue(busy.entries[0].outcome.observation.inWords(.zh).hasPrefix("这次运行无法判定"))

        let quiet = ClaimReport(lesson: lesson, variant: nil, parameters: [:], timeline: Fixtures.poolRun().timeline(run: run(busy: false)))
        XCTAssertEqual(quiet.entries.map(\.notJudgedBusy), [false, false], "on a quiet machine the claim is false")
        XCTAssertFalse(quiet.passedExceptBusy)
        let unmeasured = ClaimReport(lesson: lesson, variant: nil, parameters: [:], timeline: Fixtures.poolRun().timeline())
        XCTAssertEqual(unmeasured.entries.map(\.notJudgedBusy), [false, false], "no figures: nothing is called busy")
    }

    func testAClaimThatHoldsOnABusyRunIsPassedAndAClaimWithoutTheMarkIsFalse() throws {
        let lesson = try LessonParser.parse(lessonText.replacingOccurrences(of: "max_concurrent_tasks <= 1", with: "max_concurrent_tasks <= 2")
            .replacingOccurrences(of: "tasks_done == 3", with: "tasks_done == 4"), file: "lessons/demo/demo.md")
        let busy = ClaimReport(lesson: lesson, variant: nil, parameters: [:], timeline: Fixtures.poolRun().timeline(run: run(busy: true)))
        XCTAssertEqual(busy.entries.map(\.outcome.passed), [true, false])
        XCTAssertEqual(busy.entries.map(\.notJudgedBusy), [false, false])
        XCTAssertFalse(busy.passedExceptBusy)
    }

    func testOnlyFreeCoresIsANeed() {
        XCTAssertThrowsError(try LessonParser.parse(lessonText.replacingOccurrences(of: "needs: free cores", with: "needs: luck"),
                                                    file: "lessons/demo/demo.md")) { error in
            XCTAssertTrue("\(error)".contains("not \\\"luck\\\""), "\(error)")
        }
    }

    func testTheFiguresGoThroughTheTranscriptAndMoveTheWatchdogsStop() throws {
        var facts = RunFacts(timedOut: true, timeoutSeconds: 5)
        facts.machineLoad = MachineLoad(cpuWaitNs: 3_000_000_000, watchdogExtraNs: 3_000_000_000, cutWhileWaiting: true,
                                        otherRunnable: 21.37, cores: 2)
        XCTAssertEqual(facts.watchdogStopNs, 8_000_000_000)
        let transcript = Fixtures.poolRun().transcript(run: facts)
        let read = try TranscriptReader.parse(Array(TranscriptWriter.text(of: transcript).utf8), file: "t.jsonl")
        XCTAssertEqual(read.trailer?.run.machineLoad, MachineLoad(cpuWaitNs: 3_000_000_000, watchdogExtraNs: 3_000_000_000,
                                                                  cutWhileWaiting: true, otherRunnable: 21.37, cores: 2))
        XCTAssertEqual(read.trailer?.run.machineLoad?.otherRunnableText, "21.4")
        XCTAssertEqual(RunFacts(timedOut: true, timeoutSeconds: 5).watchdogStopNs, 5_000_000_000)
        XCTAssertTrue(TranscriptWriter.text(of: transcript).contains("\"other_runnable\":21.37"))
        let hostile = TranscriptWriter.text(of: transcript).replacingOccurrences(of: "\"other_runnable\":21.37", with: "\"other_runnable\":-1")
        XCTAssertThrowsError(try TranscriptReader.parse(Array(hostile.utf8), file: "t.jsonl"))
    }
}
