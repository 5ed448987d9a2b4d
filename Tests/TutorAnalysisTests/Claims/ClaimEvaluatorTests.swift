import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

final class ClaimEvaluatorTests: XCTestCase {
    private var timeline: Timeline!

    override func setUp() { timeline = Fixtures.poolRun().timeline() }

    private func evaluate(_ check: String, file: StaticString = #filePath, line: UInt = #line) -> ClaimEvaluator.Outcome {
        do {
            return ClaimEvaluator(timeline: timeline).evaluate(try ClaimParser.parse(check))
        } catch {
            XCTFail("cannot parse '\(check)': \(error.message)", file: file, line: line)
            return .init(passed: false, observed: "")
        }
    }

    private func assertPasses(_ check: String, _ passes: Bool = true, observed: String? = nil,
                              file: StaticString = #filePath, line: UInt = #line) {
        let outcome = evaluate(check, file: file, line: line)
        XCTAssertEqual(outcome.passed, passes, "\(check): \(outcome.observed)", file: file, line: line)
        if let observed { XCTAssertEqual(outcome.observed, observed, file: file, line: line) }
    }

    // MARK: metrics

    func testMetricsOfThePoolRun() {
        assertPasses("max_concurrent_tasks <= 2", observed: "max_concurrent_tasks = 2")
        assertPasses("max_concurrent_tasks <= 1", false, observed: "max_concurrent_tasks = 2")
        assertPasses("tasks_submitted == 3 and tasks_started == 3 and tasks_done == 3")
        assertPasses("task_workers == 2", observed: "task_workers = 2")
        assertPasses("callbacks == 3")
        assertPasses("exit_code == 0", observed: "exit_code = 0")
        assertPasses("processes == 3 and children == 2")
        assertPasses("lost_events == 0")
        assertPasses("duration >= 199ms and duration < 201ms")
        assertPasses("duration > 1s", false)
    }

    func testObservedJoinsThePartsOfAnAnd() {
        assertPasses("tasks_submitted == 3 and task_workers == 3", false, observed: "tasks_submitted = 3; task_workers = 2")
    }

    func testMetricsFromTheTrailer() {
        timeline = Fixtures.poolRun().timeline(run: RunFacts(exitCode: 1, timedOut: true), lost: 4)
        assertPasses("exit_code == 1")
        assertPasses("lost_events == 4")
        assertPasses("exit_code == 0", false, observed: "exit_code = 1")
    }

    func testTimedOutComparesWithTrueAndFalse() {
        assertPasses("timed_out == false")
        assertPasses("timed_out == true", false)
        timeline = Fixtures.poolRun().timeline(run: RunFacts(timedOut: true))
        assertPasses("timed_out == true")
    }

    func testUnknownMetricHasNoValue() {
        assertPasses("no_such_metric == 3", false, observed: "no_such_metric = unknown")
    }

    // MARK: aggregates

    func testAggregates() {
        assertPasses("count(pool.task.start) == 3", observed: "count(pool.task.start) = 3")
        assertPasses("count(lock.*) == 0")
        assertPasses("count(pool.task.start where process == ForkPoolWorker-2) == 2")
        assertPasses("distinct(pool.task.start, pid) == 2", observed: "distinct(pool.task.start, pid) = 2")
        assertPasses("max(pool.submit, job) == 2")
        assertPasses("min(pool.submit, job) == 0")
        assertPasses("sum(pool.submit, job) == 3")
        assertPasses("max(pool.task.start, queued) > 50ms and max(pool.task.start, queued) < 60ms")
        assertPasses("count(*) == 26")
    }

    func testAggregateOverNothing() {
        assertPasses("max(pool.join, waited) < 1s", false, observed: "max(pool.join, waited) = none")
        assertPasses("count(pool.join) == 0", observed: "count(pool.join) = 0")
    }

    // MARK: quantifiers

    func testAll() {
        assertPasses("all pool.callback: role == main and thread ~ _handle_results",
                     observed: "all 3 do, e.g. event 15 (pool.callback in MainProcess pid 100, thread Thread-3 (_handle_results))")
        assertPasses("all pool.task.start: process == ForkPoolWorker-1", false,
                     observed: "2 of 3 do not, e.g. event 11 (pool.task.start in ForkPoolWorker-2 pid 202, thread MainThread)")
        assertPasses("all pool.join: waited < 1s", false, observed: "no pool.join events at all")
    }

    func testBooleanFieldsCompareWithTrueAndFalse() {
        assertPasses("all pool.task.end: ok == true")
        assertPasses("some pool.task.end: ok == false", false)
        assertPasses("none pool.callback: error == true")
    }

    func testSomeAndNone() {
        assertPasses("some pool.task.start where queued > 50ms", observed: "1 do, e.g. event 13 (pool.task.start in ForkPoolWorker-2 pid 202, thread MainThread)")
        assertPasses("some pool.task.start: queued > 1s", false, observed: "none of 3 pool.task.start events do")
        assertPasses("none pool.task.start: queued > 1s", observed: "none of 3 pool.task.start events do")
        assertPasses("none pool.task.start: queued > 50ms", false)
        assertPasses("some print: text ~ results or text ~ nothing")
        assertPasses("some print: text !~ results", false)
    }

    // MARK: order

    func testOrder() {
        assertPasses("last process.spawn before first pool.submit",
                     observed: "last process.spawn was event 4 at 0.003 s, first pool.submit was event 7 at 0.005 s")
        assertPasses("first pool.result after last print", false)
        assertPasses("last pool.callback after first pool.result")
        assertPasses("first pool.join before last print", false, observed: "no pool.join matched")
        assertPasses("first print before last pool.join", false, observed: "no pool.join matched")
    }

    // MARK: fields

    func testFieldLookup() throws {
        let lookup = EventFieldLookup(timeline)
        let callback = try XCTUnwrap(timeline.events.firstIndex { $0.is(.poolCallback) })
        XCTAssertEqual(lookup.value("thread_role", of: callback), .string("_handle_results"))
        XCTAssertEqual(lookup.value("role", of: callback), .string("main"))
        XCTAssertEqual(lookup.value("pid", of: callback), .int(100))
        XCTAssertEqual(lookup.value("kind", of: callback), .string("pool.callback"))
        XCTAssertEqual(lookup.value("func", of: callback), .string("collect"))
        XCTAssertEqual(lookup.value("t", of: callback), .double(0.064))
        XCTAssertNil(lookup.value("nope", of: callback))
        let lateStart = try XCTUnwrap(timeline.events.firstIndex { $0.is(.taskStart) && $0.job == 2 })
        let queued = try XCTUnwrap(lookup.value("queued", of: lateStart)?.doubleValue)
        XCTAssertEqual(queued, 0.0568, accuracy: 1e-9)
        XCTAssertEqual(lookup.value("role", of: lateStart), .string("child"))
        XCTAssertEqual(lookup.task(of: timeline.events[lateStart])?.worker, "ForkPoolWorker-2")
    }

    func testNsFieldsReadAsSeconds() {
        var s = EventScript()
        s.add(1, pid: 100, process: "MainProcess", .lockAcquire, object: "Lock#1", [("waited_ns", .int(1_500_000))])
        timeline = s.timeline()
        XCTAssertEqual(EventFieldLookup(timeline).value("waited", of: 0), .double(0.0015))
        XCTAssertEqual(EventFieldLookup(timeline).value("object", of: 0), .string("Lock#1"))
        assertPasses("all lock.acquire: waited > 1ms and waited < 2ms and object == Lock#1")
    }
}

final class ClaimReportTests: XCTestCase {
    private let lessonText = """
    ---
    id: demo
    title: Demo
    demo: demo.py
    params:
      - name: workers
        default: 2
    variants:
      - id: slow
        summary: slower
    claims:
      - say: at most {workers} tasks ran at once
        check: max_concurrent_tasks <= {workers}
      - say: only with the slow variant
        check: tasks_done == 3
        variants: [slow]
      - say: "{workers} workers, {unknown} stays"
        check: task_workers == {workers}
    ---
    body
    """

    func testFillsParametersAndFiltersVariants() throws {
        let lesson = try LessonParser.parse(lessonText, file: "lessons/demo/demo.md")
        let timeline = Fixtures.poolRun().timeline()
        let report = ClaimReport(lesson: lesson, variant: nil, parameters: ["workers": "2"], timeline: timeline)
        XCTAssertEqual(report.entries.map(\.text), ["at most 2 tasks ran at once", "2 workers, {unknown} stays"])
        XCTAssertEqual(report.entries.map(\.check), ["max_concurrent_tasks <= 2", "task_workers == 2"])
        XCTAssertTrue(report.passed)

        let slow = ClaimReport(lesson: lesson, variant: "slow", parameters: ["workers": "2"], timeline: timeline)
        XCTAssertEqual(slow.entries.count, 3)

        let strict = ClaimReport(lesson: lesson, variant: nil, parameters: ["workers": "1"], timeline: timeline)
        XCTAssertFalse(strict.passed)
        XCTAssertEqual(strict.entries.map(\.outcome.passed), [false, false])
        XCTAssertEqual(strict.entries[0].outcome.observed, "max_concurrent_tasks = 2")
    }

    func testUnreadableCheckAfterFillingFailsWithAReason() throws {
        let lesson = try LessonParser.parse(lessonText, file: "lessons/demo/demo.md")
        let report = ClaimReport(lesson: lesson, variant: nil, parameters: ["workers": "two"], timeline: Fixtures.poolRun().timeline())
        XCTAssertFalse(report.passed)
        // "max_concurrent_tasks <= two" reads as a comparison with an unknown metric: no value, so not passed.
        XCTAssertEqual(report.entries[0].outcome.passed, false)
        let broken = ClaimReport(lesson: lesson, variant: nil, parameters: ["workers": "2 2"], timeline: Fixtures.poolRun().timeline())
        XCTAssertTrue(broken.entries[0].outcome.observed.hasPrefix("the check cannot be read:"), broken.entries[0].outcome.observed)
    }
}
