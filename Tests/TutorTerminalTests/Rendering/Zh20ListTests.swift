import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// zh20: a list shown in Chinese is joined with the Chinese separator (、 between names and numbers, ； between
/// clauses), never the ASCII ", " or "; " the code used to hard-code; English keeps ", " and "; " byte for byte.
/// A specific pool task named in a Chinese sentence is its row's label, `task 3` (docs/glossary-zh.md).
final class Zh20ListTests: XCTestCase {
    private let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// The terminated-deadlock note (GenericRules+TerminatedDeadlocks): greedy-0 holds two locks.
    /// Before zh20 the Chinese said "greedy-0 持有 Lock#4, Lock#7".
    func testATerminatedDeadlocksHeldLocksAreJoinedInTheLanguagesWay() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        let names = ["greedy-0", "greedy-1", "greedy-2"]
        for i in 4...7 { s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#\(i)") }
        for (i, name) in names.enumerated() {
            let pid = Int32(201 + i)
            s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
            s.add(3, pid: pid, ppid: 100, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
            s.add(4, pid: pid, ppid: 100, process: name, .lockAcquire, object: "Lock#\(i + 4)", [("waited_ns", .int(0))])
        }
        s.add(4.5, pid: 201, ppid: 100, process: "greedy-0", .lockAcquire, object: "Lock#7", [("waited_ns", .int(0))])
        for (i, name) in names.enumerated() {
            s.add(5, pid: Int32(201 + i), ppid: 100, process: name, .lockWait, object: "Lock#\((i + 1) % 3 + 4)")
        }
        for (i, name) in names.enumerated() {
            let pid = Int64(201 + i)
            s.add(2000 + Double(i), pid: 100, process: "MainProcess", .processTerminate,
                  [("child_pid", .int(pid)), ("name", .string(name)), ("at_exit", .bool(false))])
            s.add(2000 + Double(i), pid: 100, process: "MainProcess", .processReaped,
                  [("child_pid", .int(pid)), ("name", .string(name)), ("exitcode", .int(-15))])
        }
        let timeline = s.timeline()
        let note = { Annotator(timeline: timeline).notes().first { $0.kind == .terminatedInDeadlock }?.text ?? "" }
        let en = note(), zh = Language.with(.zh) { note() }
        XCTAssertTrue(en.contains("greedy-0 holds Lock#4, Lock#7 and waits to acquire Lock#5"), en)
        XCTAssertTrue(zh.contains("Lock#4、Lock#7"), zh)
        XCTAssertFalse(zh.contains(", "), zh)
    }

    /// The summary's results-lost list (SummaryRenderer): two workers finished a task each and ended (exit code 1)
    /// before sending it. Before zh20 the Chinese said "（task 0.0, task 0.1）".
    func testTheSummarysResultsLostListIsJoinedInTheLanguagesWay() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(100, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        for (k, pid) in [Int32(201), 202].enumerated() {
            let name = "ForkPoolWorker-\(k + 1)"
            s.add(110, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
            s.add(111, pid: pid, ppid: 100, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
        }
        s.add(120, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1", [("job", .int(0)), ("method", .string("map")), ("chunks", .int(2))])
        for (k, pid) in [Int32(201), 202].enumerated() {
            let name = "ForkPoolWorker-\(k + 1)"
            s.add(130, pid: pid, ppid: 100, process: name, .taskStart, [("job", .int(0)), ("index", .int(Int64(k))), ("items", .int(1))])
            s.add(300, pid: pid, ppid: 100, process: name, .taskEnd, [("job", .int(0)), ("index", .int(Int64(k))), ("ok", .bool(true))])
            s.add(310, pid: pid, ppid: 100, process: name, .processExit, [("exitcode", .int(1))])
        }
        s.add(1000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline(run: RunFacts())
        XCTAssertEqual(PoolFigures.all(timeline).first?.resultsLost.count, 2, "the fixture loses both results")
        let en = SummaryRenderer(timeline: timeline, capabilities: caps).render()
        let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
        XCTAssertTrue(en.range(of: #"reached the parent \(task [0-9.]+, task [0-9.]+\)"#, options: .regularExpression) != nil, en)
        XCTAssertTrue(zh.range(of: #"送到父进程之前就结束了（task [0-9.]+、task [0-9.]+）"#, options: .regularExpression) != nil, zh)
    }

    /// The summary's cut-waits list (SummaryRenderer): r18_philosophers_backoff_watchdog's three greedy philosophers.
    /// Before zh20 the Chinese joined them with an ASCII "; ".
    func testTheSummarysCutWaitsListIsJoinedInTheLanguagesWay() throws {
        let timeline = try Gaps16BTests.corpus("r18_philosophers_backoff_watchdog--fork")
        let en = SummaryRenderer(timeline: timeline, capabilities: caps).render()
        let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
        let enLine = try XCTUnwrap(en.split(separator: "\n").first { $0.contains("waits cut by the end of their process:") })
        let zhLine = try XCTUnwrap(zh.split(separator: "\n").first { $0.contains("因所在进程结束而中断的等待：") })
        XCTAssertTrue(enLine.contains("); greedy-"), String(enLine))
        XCTAssertTrue(zhLine.contains("）；greedy-"), String(zhLine))
        XCTAssertFalse(zhLine.contains("; "), String(zhLine))
    }

    /// Every Chinese text whose English names a specific task as `task {job}` names it the same way (the lead's rule,
    /// zh20): before, 11 texts said 任务 {job}, which a learner cannot find with `/` on rows that say `task 3`.
    func testASpecificTaskInAChineseSentenceIsItsRowsLabel() {
        for phrase in Phrase.allCases {
            guard let en = Phrase.english[phrase], let zh = Phrase.chinese[phrase] else { continue }
            for key in ["{job}", "{waitJob}"] where en.contains("task " + key) {
                XCTAssertTrue(zh.contains("task " + key), "\(phrase): \(zh)")
                XCTAssertFalse(zh.contains("任务 " + key) || zh.contains("任务" + key), "\(phrase): \(zh)")
            }
        }
    }

    /// No list in the code is joined with a hard-coded ", " but the machine formats and the English-only messages
    /// (lesson authors' errors, the invariant checker, the --jobs echo, a claim's compared values).
    func testNoOtherCodeJoinsAListWithAnASCIIComma() throws {
        let allowed: Set<String> = ["SchedulingReport.swift", "EmbeddedProject.swift", "LessonParser.swift", "InvariantChecker.swift", "ClaimEvaluator.swift"]
        let root = BinaryHarness.repoRoot + "/Sources"
        let files = try XCTUnwrap(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        var hits: [String] = []
        for file in files where !allowed.contains((file as NSString).lastPathComponent) {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("joined(separator: \", \")") || line.contains("joined(separator: \"; \")") {
                hits.append("\(file):\(n + 1)")
            }
        }
        XCTAssertEqual(hits, [], "use Phrase.listComma or Phrase.listSeparator")
    }
}
