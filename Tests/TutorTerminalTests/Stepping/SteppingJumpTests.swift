import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// What makes a jump on a long run cheap (states from checkpoints, lane marks by column, the linker's
/// submit standing for its chunks, a find that waits for the index) gives exactly what the plain way gave,
/// on recorded runs.
final class SteppingJumpTests: XCTestCase {
    private func timelines() throws -> [(String, Timeline)] {
        let folder = BinaryHarness.repoRoot + "/transcripts"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }.sorted()
        XCTAssertGreaterThan(names.count, 5)
        let fixtures = ["pool-async.jsonl", "contention.jsonl", "futures-vs-pool.jsonl"].map { BinaryHarness.repoRoot + "/Tests/Fixtures/" + $0 }
        return try (names.map { folder + "/" + $0 } + fixtures).map { ($0, TimelineBuilder.build(try TranscriptReader.read(path: $0))) }
    }

    func testAStateFromACheckpointIsTheStateAppliedFromTheFirstEvent() throws {
        var compared = 0
        for (path, timeline) in try timelines() {
            let replayer = StateReplayer(timeline: timeline)
            var plain = RunState()
            // Every step, in an order that jumps back and forth across checkpoints.
            var expected: [RunState] = []
            for index in timeline.events.indices {
                plain.apply(index, of: timeline)
                expected.append(plain)
            }
            let order = timeline.events.indices.reversed().enumerated().map { $0.offset % 2 == 0 ? $0.element : timeline.events.count - 1 - $0.element }
            for step in order {
                XCTAssertEqual(replayer.state(after: step), expected[step], "\(path) step \(step)")
                compared += 1
            }
            XCTAssertEqual(replayer.state(after: -1), RunState(), path)
        }
        XCTAssertGreaterThan(compared, StateReplayer.checkpointEvery * 4, "runs long enough to cross checkpoints")
    }

    func testALaneRowMarksEachColumnWithTheLastOfItsEvents() throws {
        for (path, timeline) in try timelines() {
            let columns = LaneColumns()
            for barWidth in [10, 57, 200] {
                // The plain way: every event of the lane drawn in turn, the later over the earlier.
                var naive = [[Int32]](repeating: [Int32](repeating: -1, count: barWidth), count: timeline.lanes.count)
                for lane in timeline.lanes.indices {
                    for index in timeline.events.indices where timeline.laneOfEvent[index] == lane {
                        let duration = max(1, timeline.durationNs)
                        let c = min(barWidth - 1, max(0, Int(Double(timeline.events[index].t) / Double(duration) * Double(barWidth - 1))))
                        naive[lane][c] = Int32(index)
                    }
                    XCTAssertEqual(columns.lastEvents(lane: lane, barWidth: barWidth, timeline: timeline), naive[lane], "\(path) lane \(lane) width \(barWidth)")
                }
            }
        }
    }

    func testTheLinkerLinksEachChunkToItsSubmitAsAKeyPerChunkDid() throws {
        // A map of 4 chunks, a second submit reusing job 1 with 2 chunks (hostile but readable), and
        // chunks started before and after it: the latest submit covering a chunk is its cause.
        let lines = [
            #"{"seq":1,"t":10,"pid":1,"ppid":0,"process":"MainProcess","thread":"MainThread","kind":"pool.create","object":"Pool#1","processes":2}"#,
            #"{"seq":2,"t":20,"pid":1,"ppid":0,"process":"MainProcess","thread":"MainThread","kind":"pool.submit","object":"Pool#1","job":1,"chunks":4,"method":"map"}"#,
            #"{"seq":3,"t":30,"pid":2,"ppid":1,"process":"ForkPoolWorker-1","thread":"MainThread","kind":"pool.task.start","job":1,"index":3}"#,
            #"{"seq":4,"t":40,"pid":1,"ppid":0,"process":"MainProcess","thread":"MainThread","kind":"pool.submit","object":"Pool#1","job":1,"chunks":2,"method":"map"}"#,
            #"{"seq":5,"t":50,"pid":2,"ppid":1,"process":"ForkPoolWorker-1","thread":"MainThread","kind":"pool.task.start","job":1,"index":0}"#,
            #"{"seq":6,"t":60,"pid":3,"ppid":1,"process":"ForkPoolWorker-2","thread":"MainThread","kind":"pool.task.start","job":1,"index":2}"#,
            #"{"seq":7,"t":70,"pid":3,"ppid":1,"process":"ForkPoolWorker-2","thread":"MainThread","kind":"pool.task.end","job":1,"index":2}"#,
            #"{"seq":8,"t":80,"pid":3,"ppid":1,"process":"ForkPoolWorker-2","thread":"MainThread","kind":"pool.task.start","job":1,"index":4}"#,
        ]
        let fixture = try String(contentsOfFile: BinaryHarness.repoRoot + "/Tests/Fixtures/pool-async.jsonl", encoding: .utf8)
        let header = String(fixture.prefix { $0 != "\n" })
        let transcript = try TranscriptReader.parse(Array(([header] + lines).joined(separator: "\n").utf8) + [0x0A], file: "test.jsonl")
        let pairs = CausalLinker.pairs(in: TimelineBuilder.build(transcript))
        XCTAssertEqual(pairs.map { [Int($0.cause), Int($0.effect)] }, [[1, 2], [3, 4], [1, 5], [5, 6]])
    }

    func testAFindWaitingForTheIndexLandsWhereAFindByDescribingDoes() throws {
        for (path, timeline) in try timelines().prefix(4) {
            let plain = StepModel(timeline: timeline, notes: [], capabilities: SteppingTestSupport.plain80)
            let indexed = StepModel(timeline: timeline, notes: [], capabilities: SteppingTestSupport.plain80)
            indexed.startIndexing()
            // Forwards from the step first for 0, 3 or every event (the view's default covers these short runs whole).
            for query in ["exit", "task", "no such words anywhere"] {
                for step in [0, timeline.events.count / 2] {
                    for forward in [0, 3, StepSession.forwardEvents] {
                        var waiting = StepSession(step: step)
                        waiting.startFind(query, in: indexed, forward: forward)
                        let deadline = Date().addingTimeInterval(30)
                        while waiting.finding != nil, Date() < deadline {
                            XCTAssertNotNil(waiting.findingLine(indexed))
                            usleep(1_000)
                            waiting.continueFind(in: indexed)
                        }
                        // The answer's state may still be on its way from the checkpoints' thread: the view is on it already.
                        while waiting.arriving != nil, Date() < deadline {
                            XCTAssertEqual(waiting.arriving, waiting.step)
                            usleep(1_000)
                            waiting.continueArriving(in: indexed)
                        }
                        XCTAssertNil(waiting.arriving, path)
                        var described = StepSession(step: step)
                        described.startFind(query, in: plain)
                        // With nothing indexed, a find answers only as far as it may describe.
                        XCTAssertEqual(plain.findIndexed(query, after: step, describing: 0), .notYet, path)
                        let whole = plain.findIndexed(query, after: step, describing: timeline.events.count)
                        XCTAssertEqual(whole, plain.find(query, after: step).map { .found(step: $0.step, wrapped: $0.wrapped) } ?? .nowhere, path)
                        XCTAssertNil(waiting.finding, path)
                        XCTAssertEqual(waiting, described, "\(path) \(query) after \(step), \(forward) forwards")
                    }
                }
            }
        }
    }

    /// With the index stalled (its thread started but held before its first event), a find is answered by the
    /// view's own describing alone: forwards from the step, then from the end towards it, as a find over the
    /// whole run answers, for every forward budget.
    func testAFindWithTheIndexStalledLandsWhereAFindByDescribingDoes() throws {
        for (path, timeline) in try timelines().prefix(4) {
            let plain = StepModel(timeline: timeline, notes: [], capabilities: SteppingTestSupport.plain80)
            let stalled = StepModel(timeline: timeline, notes: [], capabilities: SteppingTestSupport.plain80)
            let gate = DispatchSemaphore(value: 0)
            stalled.searchIndex.start(stalled.searchTexts) { gate.wait() }
            defer { gate.signal() }
            for query in ["exit", "task", "pool#1", "no such words anywhere"] {
                for step in [0, 5, timeline.events.count / 2, timeline.events.count - 1] {
                    let expected = plain.find(query, after: step)
                    for forward in [0, 1, 3, timeline.events.count] {
                        var session = StepSession(step: step)
                        session.startFind(query, in: stalled, forward: forward)
                        var polls = 0
                        while session.finding != nil, polls < 10_000 {
                            session.continueFind(in: stalled)
                            polls += 1
                        }
                        XCTAssertEqual(stalled.searchIndex.indexedCount, 0, "the index stays stalled")
                        let label = "\(path) \(query) after \(step), \(forward) forwards"
                        // Matches after the step come from describing alone; a wrapped one needs the index before the step.
                        if let expected, !expected.wrapped {
                            XCTAssertNil(session.finding, label)
                            XCTAssertEqual(session.step, expected.step, label)
                        } else {
                            // Nothing after the step: the answer waits for the index to cover the steps before it.
                            XCTAssertNotNil(session.finding, label)
                            XCTAssertEqual(session.step, step, label)
                        }
                    }
                }
            }
        }
    }

    func testAnIndexInManySmallBlocksFindsWhatDescribingFinds() throws {
        for (path, timeline) in try timelines().prefix(5) {
            let model = StepModel(timeline: timeline, notes: [], capabilities: SteppingTestSupport.plain80)
            let index = SearchIndex(batch: 7)
            index.start(model.searchTexts)
            let deadline = Date().addingTimeInterval(30)
            while index.indexedCount < timeline.events.count, Date() < deadline { usleep(2_000) }
            for query in ["exit", "task", "pool#1", "no such words anywhere"] {
                for lower in [0, 6, 7, 8, timeline.events.count / 3] where lower < timeline.events.count {
                    let range = lower..<timeline.events.count
                    let expected = range.first { model.searchTexts[$0].contains(query) }
                    let found = index.firstMatch(Array(query.utf8), in: range)
                    XCTAssertEqual(found.found, expected, "\(path) \(query) from \(lower)")
                    XCTAssertEqual(found.searchedUpTo, range.upperBound, path)
                }
            }
        }
    }

    func testNotesAddedAfterTheWholeRunIsShownAreTheNotesMadeWithIt() throws {
        var annotated = 0
        for (path, timeline) in try timelines() {
            let notes = Annotator(timeline: timeline).notes()
            let bare = StepModel(timeline: timeline, notes: [], capabilities: SteppingTestSupport.plain80)
            // The notes made on the view's own state model are the notes made on a state model of their own.
            XCTAssertEqual(Annotator(timeline: timeline, replayer: bare.replayer).notes().map(\.text), notes.map(\.text), path)
            let later = bare.withNotes(notes)
            let built = StepModel(timeline: timeline, notes: notes, capabilities: SteppingTestSupport.plain80)
            XCTAssertEqual(later.annotatedSteps, built.annotatedSteps, path)
            for step in stride(from: -1, through: timeline.events.count, by: max(1, timeline.events.count / 12)) {
                XCTAssertEqual(later.nextAnnotated(after: step), built.annotatedSteps.first { $0 > step }, "\(path) \(step)")
                XCTAssertEqual(later.previousAnnotated(before: step), built.annotatedSteps.last { $0 < step }, "\(path) \(step)")
                let index = max(0, min(step, timeline.events.count - 1))
                let screen = { (model: StepModel) in StepScreen(model: model, session: StepSession(step: index), size: .init(width: 100, height: 60)).lines() }
                XCTAssertEqual(screen(later), screen(built), "\(path) \(step)")
            }
            annotated += built.annotatedSteps.count
        }
        XCTAssertGreaterThan(annotated, 10, "runs with notes to compare")
    }

    func testAFindDescribingFromTheEndWithNoIndexLandsOnTheFirstMatchAfterTheStep() throws {
        var landed = 0
        for (path, timeline) in try timelines().prefix(5) {
            // No index thread at all: only the view's walk from the end can answer.
            let model = StepModel(timeline: timeline, notes: [], capabilities: SteppingTestSupport.plain80)
            for query in ["exit", "task", "put", "started"] {
                for step in [0, timeline.events.count / 3] {
                    guard let expected = model.find(query, after: step), !expected.wrapped else { continue }
                    var session = StepSession(step: step)
                    session.finding = .init(query: query, tail: model.count, tailMatch: nil)
                    for _ in 0..<10_000 where session.finding != nil { session.continueFind(in: model) }
                    XCTAssertNil(session.finding, "\(path) \(query)")
                    XCTAssertEqual(session.step, expected.step, "\(path) \(query) after \(step)")
                    landed += 1
                }
            }
        }
        XCTAssertGreaterThan(landed, 10)
    }
}
