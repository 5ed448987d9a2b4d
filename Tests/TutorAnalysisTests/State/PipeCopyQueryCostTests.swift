import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Perf 27Q: the gaps 26B rule (a recv while a starting child's copy of the other end was in flight) asked its query at
/// every `pipe.recv`, and the query scanned the run from the Pipe's creation to its end each time: pipe_heavy-100000 did
/// not finish in 9 min 45 s. A count, not a clock: `QueryVisits` adds up the events and index entries the Pipe copy
/// queries visit; on a 20k-event Pipe-heavy run it must stay within a small multiple of the run's length.
final class PipeCopyQueryCostTests: XCTestCase {
    /// A run of `pairs` send/recv pairs over four Pipes: MainProcess (pid 10) makes them, starts `sender` (pid 20) by
    /// `method` with the B ends and a fork child `forker` (pid 30); sender rebuilds Pipe#1 end B only at 300 ms, while
    /// MainProcess's first recv on it (from 5 ms) waits; every later recv waits 1 ms for a send.
    static func run(pairs: Int, method: String) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", EventKind.processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        for p in 1...4 { s.add(1, pid: 10, process: "MainProcess", EventKind.pipeCreate, object: "Pipe#\(p)", [("duplex", .bool(false))]) }
        s.add(2, pid: 10, process: "MainProcess", EventKind.processSpawn,
              [("child_pid", .int(20)), ("name", .string("sender")), ("method", .string(method)), ("target", .string("sender"))])
        s.add(3, pid: 10, process: "MainProcess", EventKind.processSpawn,
              [("child_pid", .int(30)), ("name", .string("forker")), ("method", .string("fork")), ("target", .string("forker"))])
        s.add(4, pid: 30, ppid: 10, process: "forker", EventKind.processStart, [("name", .string("forker")), ("role", .string("child"))])
        for p in 2...4 { s.add(250, pid: 20, ppid: 10, process: "sender", EventKind.pipeUnpickled, object: "Pipe#\(p)", [("end", .string("B"))]) }
        s.add(300, pid: 20, ppid: 10, process: "sender", EventKind.pipeUnpickled, object: "Pipe#1", [("end", .string("B"))])
        for i in 0..<pairs {
            let pipe = "Pipe#\(i % 4 + 1)", t = 301 + 2 * Double(i)
            s.add(t, pid: 20, ppid: 10, process: "sender", EventKind.pipeSend, object: pipe, [("end", .string("B")), ("item", .string("\(i)"))])
            s.add(t + 1, pid: 10, process: "MainProcess", EventKind.pipeRecv, object: pipe,
                  [("end", .string("A")), ("item", .string("\(i)")), ("waited_ns", .int(i == 0 ? 297_000_000 : 1_000_000))])
        }
        return s.timeline()
    }

    func testTheRecvRuleVisitsALinearNumberOfEventsOnAPipeHeavyRun() throws {
        for method in ["spawn", "forkserver"] {
            let timeline = Self.run(pairs: 10_000, method: method)
            XCTAssertGreaterThan(timeline.events.count, 20_000)
            let rules = GenericRules(timeline: timeline, lookup: EventFieldLookup(timeline), replayer: StateReplayer(timeline: timeline))
            let before = QueryVisits.shared.total
            let notes = rules.recvsWhileCopyInFlight()
            let visited = QueryVisits.shared.total - before
            // the first recv only: sender's copy of Pipe#1 end B was rebuilt while it waited
            XCTAssertEqual(notes.map(\.eventIndex), [timeline.indices(of: .pipeRecv)[0]], method)
            XCTAssertTrue(notes.first?.text.contains("sender") == true, "\(notes.map(\.text))")
            XCTAssertGreaterThan(visited, 0, method)
            XCTAssertLessThanOrEqual(visited, 4 * timeline.events.count, "\(method): \(visited) visits for \(timeline.events.count) events")
        }
    }

    /// A run whose children were all forked can have no copy in flight: the rule asks nothing.
    func testAForkOnlyRunIsNotAskedAtAll() throws {
        let timeline = Self.run(pairs: 10_000, method: "fork")
        let rules = GenericRules(timeline: timeline, lookup: EventFieldLookup(timeline), replayer: StateReplayer(timeline: timeline))
        let before = QueryVisits.shared.total
        XCTAssertEqual(rules.recvsWhileCopyInFlight().count, 0)
        XCTAssertEqual(QueryVisits.shared.total - before, 0)
    }

    /// The tables answer as the scan did, on every recv of a small run (spawn: the first recv; fork: none).
    func testTheTablesAnswerAsTheScanDid() throws {
        for method in ["spawn", "fork"] {
            let timeline = Self.run(pairs: 40, method: method)
            let copies = PipeCopyIndex(timeline)
            for i in timeline.indices(of: .pipeRecv) {
                let e = timeline.events[i]
                let create = try XCTUnwrap(timeline.events.firstIndex { $0.is(.pipeCreate) && $0.object == e.object })
                let scanned = StateQueries.inFlight(e.object ?? "", "B", maker: 10, poller: 10, from: create, at: i,
                                                    in: timeline.events, endedToo: true).map(\.name)
                XCTAssertEqual(StateQueries.copiesInFlight(at: i, in: timeline, using: copies), scanned.isEmpty ? nil : scanned, "\(method) \(i)")
            }
        }
    }

    /// The same guard for gaps 17A's poll rule, which asked its query at every `pipe.poll`: 20,000 polls with a timeout
    /// that found nothing on a Pipe no other process held yet (MainProcess polling its own Pipe before any start(): gaps
    /// 24B, no note, and every poll is asked as far as the in-flight copies), then one more Pipe whose poll does get one.
    func testThePollRuleVisitsALinearNumberOfEventsOnAPollingRun() throws {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", EventKind.processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", EventKind.pipeCreate, object: "Pipe#1", [("duplex", .bool(false))])
        s.add(2, pid: 10, process: "MainProcess", EventKind.pipeCreate, object: "Pipe#3", [("duplex", .bool(false))])
        s.add(3, pid: 10, process: "MainProcess", EventKind.pipeClose, object: "Pipe#3", [("end", .string("B"))])
        for i in 0..<20_000 {
            s.add(5 + Double(i) * 10, pid: 10, process: "MainProcess", EventKind.pipePoll, object: "Pipe#1",
                  [("end", .string("A")), ("ready", .bool(false)), ("timeout", .double(0.01)), ("waited_ns", .int(10_000_000))])
        }
        s.add(300_000, pid: 10, process: "MainProcess", EventKind.pipeCreate, object: "Pipe#2", [("duplex", .bool(false))])
        s.add(300_001, pid: 10, process: "MainProcess", EventKind.processSpawn,
              [("child_pid", .int(30)), ("name", .string("forker")), ("method", .string("fork")), ("target", .string("forker"))])
        s.add(300_002, pid: 30, ppid: 10, process: "forker", EventKind.processStart, [("name", .string("forker")), ("role", .string("child"))])
        s.add(300_003, pid: 10, process: "MainProcess", EventKind.pipePoll, object: "Pipe#2",
              [("end", .string("A")), ("ready", .bool(false)), ("timeout", .double(0.5)), ("waited_ns", .int(500_000_000))])
        s.add(300_600, pid: 30, ppid: 10, process: "forker", EventKind.processExit, [("exitcode", .int(0))])
        let timeline = s.timeline()
        let rules = GenericRules(timeline: timeline, lookup: EventFieldLookup(timeline), replayer: StateReplayer(timeline: timeline))
        let before = QueryVisits.shared.total
        let notes = rules.pollsBlindToEOF()
        let visited = QueryVisits.shared.total - before
        XCTAssertEqual(notes.map(\.eventIndex), [timeline.events.count - 2], "\(notes.map(\.text))")
        XCTAssertLessThanOrEqual(visited, 4 * timeline.events.count, "\(visited) visits for \(timeline.events.count) events")
    }
}
