import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorExport
@testable import TutorTestSupport

final class PerfettoExporterTests: XCTestCase {
    /// Every committed transcript of these lessons exports to a trace the strict reader accepts, with one
    /// flow per cause→effect chain of the model.
    func testLessonTranscriptsPassTheStrictReader() throws {
        let lessons = ["pool-async", "lock-basics", "event-basics", "pipe", "producer-consumer", "semaphore-ktv",
                       "queue-terminate", "process-states", "thread-pool", "manager-proxies"]
        for lesson in lessons {
            let path = BinaryHarness.repoRoot + "/transcripts/\(lesson).jsonl"
            let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
            let exporter = PerfettoExporter(timeline: timeline)
            let chains = FlowChains(pairs: CausalLinker.pairs(in: timeline), eventCount: timeline.events.count).count
            XCTAssertGreaterThan(chains, 0, lesson)
            let verdict = try TraceEventChecker.check(bytes: exporter.data(), expectFlows: chains)
            XCTAssertTrue(verdict.valid, "\(lesson): \(verdict.output)")
        }
    }

    func testTimesAreMicrosecondsFromTheRunStartAndNamesAreMetadata() throws {
        let timeline = Fixtures.poolRun().timeline()
        let json = try JSONParser.parse(String(decoding: PerfettoExporter(timeline: timeline).data(), as: UTF8.self))
        let events = json.objectValue?["traceEvents"]?.arrayValue ?? []
        let submit = events.first { $0.objectValue?["name"]?.stringValue == "pool.submit Pool#1" }?.objectValue
        // pool.submit of job 0 is at 5 ms: 5000 µs.
        XCTAssertEqual(submit?["ts"]?.doubleValue, 5000)
        let names = events.compactMap { $0.objectValue }.filter { $0["ph"]?.stringValue == "M" && $0["name"]?.stringValue == "thread_name" }
            .compactMap { $0["args"]?.objectValue?["name"]?.stringValue }
        XCTAssertTrue(names.contains("ForkPoolWorker-1"), "\(names)")
        XCTAssertTrue(names.contains("MainProcess · _handle_results"), "\(names)")
        // Task 0: submit → start → end → result → callback, one flow: s, t, t, t, f.
        let task0 = events.compactMap { $0.objectValue }.filter { $0["cat"]?.stringValue == "cause" && $0["name"]?.stringValue == "task" }
        let phases = Dictionary(grouping: task0, by: { $0["id"]?.intValue ?? -1 }).values.map { $0.compactMap { $0["ph"]?.stringValue } }
        XCTAssertTrue(phases.contains(["s", "t", "t", "t", "f"]), "\(phases)")
        let counters = events.compactMap { $0.objectValue }.filter { $0["ph"]?.stringValue == "C" }
        XCTAssertEqual(counters.count, 0, "the pool fixture has no queue")
    }

    /// Lock A released while B, taken after it, is still held: the holds cross, so one of them is drawn as an
    /// async slice, not clipped, and the trace still nests.
    func testCrossingHoldsBecomeAsyncSlicesAndTheTraceStillNests() throws {
        var s = EventScript()
        s.add(0, pid: 1, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 1, process: "MainProcess", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(2, pid: 1, process: "MainProcess", .lockAcquire, object: "Lock#2", [("waited_ns", .int(0))])
        s.add(3, pid: 1, process: "MainProcess", .lockRelease, object: "Lock#1")
        s.add(4, pid: 1, process: "MainProcess", .lockRelease, object: "Lock#2")
        let timeline = s.timeline()
        let layout = TraceLayout(timeline: timeline, spans: TimelineSpans.spans(in: timeline), markerEvents: [])
        XCTAssertEqual(layout.slices.count, 1)
        XCTAssertEqual(layout.crossing.map(\.label), ["holds Lock#2"])
        let verdict = try TraceEventChecker.check(bytes: PerfettoExporter(timeline: timeline).data())
        XCTAssertTrue(verdict.valid, verdict.output)
    }

    /// The reader can fail: each of these breaks one documented rule.
    func testTheStrictReaderRejectsBrokenTraces() throws {
        let named = #"{"ph":"M","name":"process_name","pid":1,"args":{"name":"p"}},{"ph":"M","name":"thread_name","pid":1,"tid":1,"args":{"name":"t"}}"#
        let broken = [
            "crossing slices": #"{"ph":"X","name":"a","pid":1,"tid":1,"ts":0,"dur":10},{"ph":"X","name":"b","pid":1,"tid":1,"ts":5,"dur":10}"#,
            "flow without finish": #"{"ph":"X","name":"a","pid":1,"tid":1,"ts":0,"dur":10},{"ph":"s","name":"f","cat":"c","id":1,"pid":1,"tid":1,"ts":5}"#,
            "flow with no slice": #"{"ph":"X","name":"a","pid":1,"tid":1,"ts":0,"dur":10},{"ph":"s","name":"f","cat":"c","id":1,"pid":1,"tid":1,"ts":5},{"ph":"f","bp":"e","name":"f","cat":"c","id":1,"pid":1,"tid":1,"ts":50}"#,
            "flow with another cat": #"{"ph":"X","name":"a","pid":1,"tid":1,"ts":0,"dur":10},{"ph":"s","name":"f","cat":"c","id":1,"pid":1,"tid":1,"ts":5},{"ph":"f","bp":"e","name":"f","cat":"d","id":1,"pid":1,"tid":1,"ts":6}"#,
            "unknown phase": #"{"ph":"Q","name":"a","pid":1,"tid":1,"ts":0}"#,
            "X without dur": #"{"ph":"X","name":"a","pid":1,"tid":1,"ts":0}"#,
            "E without B": #"{"ph":"E","name":"a","pid":1,"tid":1,"ts":0}"#,
            "counter with text": #"{"ph":"C","name":"q","pid":1,"tid":1,"ts":0,"args":{"items":"3"}}"#,
        ]
        for (rule, events) in broken {
            let verdict = try TraceEventChecker.check(bytes: Array("{\"traceEvents\":[\(named),\(events)]}".utf8))
            XCTAssertFalse(verdict.valid, "accepted a trace with \(rule)")
        }
        let unnamed = #"{"traceEvents":[{"ph":"i","s":"t","name":"a","pid":1,"tid":1,"ts":0}]}"#
        XCTAssertFalse(try TraceEventChecker.check(bytes: Array(unnamed.utf8)).valid, "accepted a thread without thread_name")
        let good = #"{"traceEvents":[\#(named),{"ph":"X","name":"a","pid":1,"tid":1,"ts":0,"dur":10},{"ph":"s","name":"f","cat":"c","id":1,"pid":1,"tid":1,"ts":5},{"ph":"X","name":"b","pid":1,"tid":1,"ts":20,"dur":10},{"ph":"f","bp":"e","name":"f","cat":"c","id":1,"pid":1,"tid":1,"ts":25}]}"#
        let verdict = try TraceEventChecker.check(bytes: Array(good.utf8), expectFlows: 1)
        XCTAssertTrue(verdict.valid, verdict.output)
    }
}
