import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// zh23: Chinese rows that were two phrases glued with 的, an English word filled into a Chinese row, a count with no
/// measure word.
final class Zh23ChineseRowTests: XCTestCase {
    private func rows(_ path: String, _ kind: EventKind) throws -> [String] {
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/" + path))
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        return timeline.events.indices.filter { timeline.events[$0].is(kind) }.map { describer.describe($0) }
    }

    /// r22h_hash_dir_chunks_missing: "task 0 下一个完成的项（imap_unordered：任意一项）的 对 imap_unordered() 结果的遍历 抛出
    /// FileNotFoundError" and "在 对 imap_unordered() 结果的遍历 中等待 …": the iteration's words nested in another row's.
    func testAnIteratedImapReadIsOneChineseSentence() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let path = "corpus/transcripts/r22h_hash_dir_chunks_missing--\(method).jsonl"
            let chinese = try Language.with(.zh) { try rows(path, .poolWaited) + rows(path, .poolWait) }
            let iterated = chinese.filter { $0.contains("imap_unordered()") }
            XCTAssertGreaterThan(iterated.count, 2, "\(chinese)")
            for row in iterated {
                XCTAssertFalse(row.contains("的 对") || row.contains("在 对") || row.contains("结果的遍历"), row)
                XCTAssertTrue(row.hasPrefix("遍历 imap_unordered() 的结果"), row)
            }
            XCTAssertTrue(iterated.contains { $0.contains("时，读取 task 0 下一个完成的项（imap_unordered：任意一项）抛出了 FileNotFoundError") },
                          "\(iterated)")
            // the English reads as before
            let english = try rows(path, .poolWaited)
            XCTAssertTrue(english.contains { $0.hasPrefix("the iteration over the imap_unordered() result for the next item of task 0 "
                                                          + "to finish (imap_unordered: any item) raised FileNotFoundError") }, "\(english)")
        }
    }

    /// r22h_slow_source_to_writer: a loop's last read said "对 imap_unordered() 结果的遍历（task 0）走到了尽头", the English
    /// noun phrase as its subject.
    func testALoopsEndIsSaidAsTheIteration() throws {
        let chinese = try Language.with(.zh) { try rows("corpus/transcripts/r22h_slow_source_to_writer--fork.jsonl", .poolWaited) }
            .filter { $0.contains("StopIteration") }
        XCTAssertEqual(chinese.count, 1, "\(chinese)")
        XCTAssertTrue(chinese[0].hasPrefix("遍历 imap_unordered() 的结果（task 0）走到了尽头"), chinese[0])
    }

    /// pool-async: "callback collect（task 2 的结果）", the English keyword's name in a Chinese row (the error_callback keeps
    /// its name: it is the keyword the program wrote, and no Chinese word says it).
    func testACallbackIsCalledHuiDiaoInChinese() throws {
        let chinese = try Language.with(.zh) { try rows("transcripts/pool-async.jsonl", .poolCallback) }
        XCTAssertFalse(chinese.isEmpty)
        for row in chinese { XCTAssertTrue(row.hasPrefix("回调 "), row) }
        let english = try rows("transcripts/pool-async.jsonl", .poolCallback)
        for row in english { XCTAssertTrue(row.hasPrefix("callback "), row) }
    }

    /// The executor summary's "（ForkProcess-1 2，ForkProcess-2 1）": a count after a name, no verb, no measure word.
    func testTheExecutorSummarysPerWorkerCountsHaveAMeasureWord() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(2))])
        for (work, pid) in [(0, 201), (1, 202), (2, 201)] as [(Int64, Int32)] {
            let ms = Double(10 * (work + 1)), name = "ForkProcess-\(pid - 200)"
            s.add(ms, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1", [("work", .int(work)), ("func", .string("f"))])
            s.add(ms + 1, pid: pid, ppid: 100, process: name, .futureStart, [("work", .int(work))])
            s.add(ms + 2, pid: pid, ppid: 100, process: name, .futureEnd, [("work", .int(work)), ("ok", .bool(true))])
        }
        s.add(100, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let caps = TerminalCapabilities(color: false, unicode: true, width: 300, isInteractive: false)
        let chinese = Language.with(.zh) { SummaryRenderer(timeline: s.timeline(), capabilities: caps).render() }
        XCTAssertTrue(chinese.contains("运行了 3 个（ForkProcess-1 做了 2 个、ForkProcess-2 做了 1 个）"), chinese)
        let english = SummaryRenderer(timeline: s.timeline(), capabilities: caps).render()
        XCTAssertTrue(english.contains(", 3 ran (ForkProcess-1 2, ForkProcess-2 1)"), english)
    }
}
