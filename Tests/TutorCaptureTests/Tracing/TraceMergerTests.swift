import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

final class TraceMergerTests: XCTestCase {
    private var folder: TemporaryFolder!
    private let start: UInt64 = 5_000_000_000

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func abs(_ relative: Int) -> Int { Int(start) + relative }

    /// The main process (pid 1000) and one forked child (1001) that reported, one spawned child (1002) that never did.
    private func writeTwoProcessRun() throws {
        let main = [
            #"{"kind":"proc","t":\#(abs(100)),"n":0,"tid":11,"pid":1000,"ppid":1,"name":"MainProcess","role":"main","argv":["x.py"],"python":"3.11.7","start_method":"fork","platform":"linux","cpus":2}"#,
            #"{"kind":"process.start","t":\#(abs(200)),"n":1,"tid":11,"name":"MainProcess","daemon":false,"parent_pid":1,"start_method":"fork","role":"main"}"#,
            #"{"kind":"lock.create","t":\#(abs(1000)),"n":2,"tid":11,"object":"nmp-lock","type":"Lock","value":1,"site":"x.py:3"}"#,
            #"{"kind":"queue.create","t":\#(abs(1500)),"n":3,"tid":11,"object":"kq1","type":"Queue","maxsize":0,"site":"x.py:4"}"#,
            #"{"kind":"process.spawn","t":\#(abs(2000)),"n":4,"tid":11,"child_pid":1001,"name":"Process-1","daemon":false}"#,
            #"{"kind":"process.spawn","t":\#(abs(2100)),"n":5,"tid":11,"child_pid":1002,"name":"Process-2","daemon":false}"#,
            #"{"kind":"thread","t":\#(abs(3000)),"n":6,"tid":22,"name":"Thread-1 (_feed)","daemon":true}"#,
            #"{"kind":"queue.put","t":\#(abs(3000)),"n":7,"tid":22,"object":"kq1","item":"1","waited_ns":0}"#,
            #"{"kind":"lock.acquire","t":\#(abs(4500)),"n":8,"tid":11,"object":"nmp-lock","waited_ns":0}"#,
            #"{"kind":"lock.release","t":\#(abs(6000)),"n":9,"tid":11,"object":"nmp-lock"}"#,
        ]
        let child = [
            // A forked child still carries its parent's name until bootstrap renames it.
            #"{"kind":"proc","t":\#(abs(2500)),"n":0,"tid":33,"pid":1001,"ppid":1000,"name":"MainProcess","role":"child","python":"3.11.7"}"#,
            #"{"kind":"process.start","t":\#(abs(2600)),"n":1,"tid":33,"name":"Process-1","daemon":false,"parent_pid":1000,"start_method":"fork","role":"child"}"#,
            #"{"kind":"print","t":\#(abs(4500)),"n":2,"tid":33,"stream":"stdout","text":"child here"}"#,
            #"{"kind":"lock.wait","t":\#(abs(5000)),"n":3,"tid":33,"object":"nmp-lock"}"#,
            // n 4 and 5 never reached the file.
            #"{"kind":"lock.acquire","t":\#(abs(6100)),"n":6,"tid":33,"object":"nmp-lock","waited_ns":1100}"#,
            #"{"kind":"queue.get","t":\#(abs(6200)),"n":7,"tid":33,"object":"kq1","item":"1","waited_ns":0}"#,
        ]
        try folder.write("1000-\(abs(100)).jsonl", main.joined(separator: "\n") + "\n")
        // The last line was cut short: no newline.
        try folder.write("1001-\(abs(2500)).jsonl", child.joined(separator: "\n") + "\n" + #"{"kind":"lock.release","t":\#(abs(6300)),"n":8,"ti"#)
        try folder.write("notes.txt", "not an event file\n")
    }

    private func merge(run: RunFacts = RunFacts(exitCode: 0), end: Int = 10_000) -> MergedTrace {
        TraceMerger.merge(directory: folder.path, startNs: start, endNs: UInt64(abs(end)), mainPid: 1000, run: run)
    }

    func testMergesInTimeOrderWithSequenceNumbers() throws {
        try writeTwoProcessRun()
        let merged = merge()
        XCTAssertEqual(merged.events.map(\.seq), Array(1...14))
        XCTAssertEqual(merged.events.map(\.kind), [
            "process.start", "lock.create", "queue.create", "process.spawn", "process.spawn", "process.start",
            "queue.put", "lock.acquire", "print", "lock.wait", "lock.release", "lock.acquire", "queue.get", "process.exit",
        ])
        XCTAssertEqual(merged.events.map(\.pid), [1000, 1000, 1000, 1000, 1000, 1001, 1000, 1000, 1001, 1001, 1000, 1001, 1001, 1000])
        XCTAssertEqual(merged.events.map(\.t), [200, 1000, 1500, 2000, 2100, 2600, 3000, 4500, 4500, 5000, 6000, 6100, 6200, 10_000])
    }

    func testTiesAtTheSameInstantKeepFileThenNumberOrder() throws {
        try writeTwoProcessRun()
        let merged = merge()
        // Both at 4500 ns: the main process's file sorts first.
        XCTAssertEqual(merged.events[7].pid, 1000)
        XCTAssertEqual(merged.events[8].pid, 1001)
    }

    func testProcessAndThreadNames() throws {
        try writeTwoProcessRun()
        let merged = merge()
        let child = merged.events.filter { $0.pid == 1001 }
        XCTAssertEqual(Set(child.map(\.process)), ["Process-1"])
        XCTAssertEqual(Set(child.map(\.ppid)), [1000])
        XCTAssertEqual(Set(child.map(\.thread)), ["MainThread"])
        let put = try XCTUnwrap(merged.events.first { $0.is(.queuePut) })
        XCTAssertEqual(put.thread, "Thread-1 (_feed)")
        XCTAssertEqual(put.process, "MainProcess")
        XCTAssertFalse(merged.events.contains { $0.kind == "thread" || $0.kind == "proc" })
    }

    func testFieldsKeepTheKindsOwnKeysOnly() throws {
        try writeTwoProcessRun()
        let spawn = try XCTUnwrap(merge().events.first { $0.is(.processSpawn) })
        XCTAssertEqual(spawn.fields.members.map(\.key), ["child_pid", "name", "daemon"])
        XCTAssertEqual(spawn.int(EventField.childPid), 1001)
    }

    func testObjectKeysBecomeTheSameLabelInEveryProcess() throws {
        try writeTwoProcessRun()
        let merged = merge()
        let lockEvents = merged.events.filter { $0.kind.hasPrefix("lock.") }
        XCTAssertEqual(lockEvents.count, 5)
        XCTAssertEqual(Set(lockEvents.map(\.object)), ["Lock#1"])
        XCTAssertEqual(Set(lockEvents.map(\.pid)), [1000, 1001])
        let queueEvents = merged.events.filter { $0.kind.hasPrefix("queue.") }
        XCTAssertEqual(queueEvents.map(\.object), ["Queue#1", "Queue#1", "Queue#1"])
        // The creation record keeps the tracer's key for reference.
        XCTAssertEqual(lockEvents[0].string("key"), "nmp-lock")
        XCTAssertEqual(lockEvents[0].string("site"), "x.py:3")
    }

    func testLostEventsCountGapsAndTheCutOffLine() throws {
        try writeTwoProcessRun()
        XCTAssertEqual(merge().lostEvents, 3)
    }

    func testUnreadableLineInTheMiddleCountsOnce() throws {
        let lines = [
            #"{"kind":"proc","t":\#(abs(1)),"n":0,"tid":1,"pid":1000,"ppid":1,"name":"MainProcess","role":"main"}"#,
            #"{"kind":"print","t":\#(abs(2)),"n":1,"tid":1,"stream":"stdout","text":"a"}"#,
            #"{"kind":"print","t":\#(abs(3)),"n":2,"tid":1,"stream":"stdout","text":NaN}"#,
            #"{"kind":"print","t":\#(abs(4)),"n":3,"tid":1,"stream":"stdout","text":"c"}"#,
        ]
        try folder.write("1000-1.jsonl", lines.joined(separator: "\n") + "\n")
        let merged = merge()
        XCTAssertEqual(merged.lostEvents, 1)
        XCTAssertEqual(merged.events.filter { $0.is(.print) }.count, 2)
    }

    func testUnreadableLastLineCounts() throws {
        let lines = [
            #"{"kind":"proc","t":\#(abs(1)),"n":0,"tid":1,"pid":1000,"ppid":1,"name":"MainProcess","role":"main"}"#,
            #"{"kind":"print","t":\#(abs(2)),"n":1,"tid":1,"stream":"stdout","text":"a"}"#,
            "garbage",
        ]
        try folder.write("1000-1.jsonl", lines.joined(separator: "\n") + "\n")
        XCTAssertEqual(merge().lostEvents, 1)
    }

    func testMmapPaddingIsIgnoredAndOutOfOrderLinesAreNoGap() throws {
        let lines = [
            #"{"kind":"proc","t":\#(abs(100)),"n":0,"tid":11,"pid":1000,"ppid":1,"name":"MainProcess","role":"main"}"#,
            // Two threads with the os.write writer: line 2 reached the file before line 1.
            #"{"kind":"print","t":\#(abs(300)),"n":2,"tid":12,"stream":"stdout","text":"second"}"#,
            #"{"kind":"print","t":\#(abs(200)),"n":1,"tid":11,"stream":"stdout","text":"first"}"#,
        ]
        var bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        bytes += [UInt8](repeating: 0, count: 4096) // the mmap writer's reserved, never-written tail
        try Data(bytes).write(to: URL(fileURLWithPath: folder.path + "/1000-\(abs(100)).jsonl"))
        let merged = merge()
        XCTAssertEqual(merged.lostEvents, 0)
        XCTAssertEqual(merged.events.filter { $0.is(.print) }.map { $0.text }, ["first", "second"])
    }

    func testMainExitGoesInAtItsTimeWhenAChildOutlivesTheMainProcess() throws {
        let main = [#"{"kind":"proc","t":\#(abs(100)),"n":0,"tid":11,"pid":1000,"ppid":1,"name":"MainProcess","role":"main"}"#]
        let child = [
            #"{"kind":"proc","t":\#(abs(200)),"n":0,"tid":33,"pid":1001,"ppid":1000,"name":"MainProcess","role":"child"}"#,
            #"{"kind":"print","t":\#(abs(9000)),"n":1,"tid":33,"stream":"stdout","text":"still here"}"#,
        ]
        try folder.write("1000-\(abs(100)).jsonl", main.joined(separator: "\n") + "\n")
        try folder.write("1001-\(abs(200)).jsonl", child.joined(separator: "\n") + "\n")
        let merged = merge(end: 5_000)
        XCTAssertEqual(merged.events.map(\.kind), ["process.exit", "print"], "the main process ended at 5 µs, the child printed at 9 µs")
        XCTAssertEqual(merged.events.map(\.seq), [1, 2])
    }

    func testSpawnedChildThatNeverWroteIsSilent() throws {
        try writeTwoProcessRun()
        XCTAssertEqual(merge().silentProcesses, [1002])
    }

    func testMainProcessFactsComeFromItsProcLine() throws {
        try writeTwoProcessRun()
        let facts = merge().mainProcessFacts
        XCTAssertEqual(facts["python"], .string("3.11.7"))
        XCTAssertEqual(facts["start_method"], .string("fork"))
        XCTAssertEqual(facts["cpus"], .int(2))
    }

    func testMainExitAddedFromRunFactsWithExitCode() throws {
        try writeTwoProcessRun()
        let exit = try XCTUnwrap(merge(run: RunFacts(exitCode: 3), end: 12_345).events.last)
        XCTAssertEqual(exit.known, .processExit)
        XCTAssertEqual(exit.pid, 1000)
        XCTAssertEqual(exit.ppid, 1)
        XCTAssertEqual(exit.process, "MainProcess")
        XCTAssertEqual(exit.t, 12_345)
        XCTAssertEqual(exit.exitCode, 3)
        XCTAssertEqual(exit.observedBy, "mp-tutor")
        XCTAssertNil(exit["signal"])
    }

    func testMainExitBySignalHasNegativeExitCode() throws {
        try writeTwoProcessRun()
        let exit = try XCTUnwrap(merge(run: RunFacts(exitCode: nil, signal: 9)).events.last)
        XCTAssertEqual(exit.exitCode, -9)
        XCTAssertEqual(exit.int(EventField.signal), 9)
    }

    func testEmptyFolderStillRecordsTheMainExit() {
        let merged = merge(run: RunFacts(exitCode: 2), end: 50)
        XCTAssertEqual(merged.events.count, 1)
        XCTAssertEqual(merged.events[0].seq, 1)
        XCTAssertEqual(merged.events[0].process, "MainProcess")
        XCTAssertEqual(merged.events[0].exitCode, 2)
        XCTAssertEqual(merged.lostEvents, 0)
        XCTAssertEqual(merged.silentProcesses, [])
        XCTAssertTrue(merged.mainProcessFacts.members.isEmpty)
    }

    func testFileWithoutProcLineCountsItsRecordsAsLost() throws {
        let lines = [
            #"{"kind":"print","t":\#(abs(2)),"n":1,"tid":1,"stream":"stdout","text":"a"}"#,
            #"{"kind":"print","t":\#(abs(3)),"n":2,"tid":1,"stream":"stdout","text":"b"}"#,
        ]
        try folder.write("777-1.jsonl", lines.joined(separator: "\n") + "\n")
        let merged = merge()
        XCTAssertEqual(merged.events.map(\.kind), ["process.exit"])
        XCTAssertEqual(merged.lostEvents, 3) // n 0 (the proc line) plus the two records
    }

    func testUnknownThreadIsNamedByIdent() throws {
        let lines = [
            #"{"kind":"proc","t":\#(abs(1)),"n":0,"tid":1,"pid":1000,"ppid":1,"name":"MainProcess","role":"main"}"#,
            #"{"kind":"print","t":\#(abs(2)),"n":1,"tid":42,"stream":"stdout","text":"a"}"#,
        ]
        try folder.write("1000-1.jsonl", lines.joined(separator: "\n") + "\n")
        XCTAssertEqual(merge().events.first?.thread, "Thread 42")
    }

    func testAPythonStartedBySubprocessIsNamedAfterItsScript() throws {
        try folder.write("1000-\(abs(100)).jsonl", [
            #"{"kind":"proc","t":\#(abs(100)),"n":0,"tid":11,"pid":1000,"ppid":1,"name":"MainProcess","role":"main","argv":["x.py"]}"#,
            #"{"kind":"subprocess.spawn","t":\#(abs(200)),"n":1,"tid":11,"child_pid":1005,"argv":["python3","tools/child.py","7"]}"#,
        ].joined(separator: "\n") + "\n")
        try folder.write("1005-\(abs(300)).jsonl", [
            #"{"kind":"proc","t":\#(abs(300)),"n":0,"tid":55,"pid":1005,"ppid":1000,"name":"MainProcess","role":"other","argv":["tools/child.py","7"]}"#,
            #"{"kind":"print","t":\#(abs(400)),"n":1,"tid":55,"stream":"stdout","text":"hi"}"#,
        ].joined(separator: "\n") + "\n")
        try folder.write("1006-\(abs(500)).jsonl", [
            #"{"kind":"proc","t":\#(abs(500)),"n":0,"tid":66,"pid":1006,"ppid":1000,"name":"MainProcess","role":"other","argv":["-c"]}"#,
            #"{"kind":"print","t":\#(abs(600)),"n":1,"tid":66,"stream":"stdout","text":"there"}"#,
        ].joined(separator: "\n") + "\n")
        let names = Dictionary(merge().events.map { ($0.pid, $0.process) }) { a, _ in a }
        XCTAssertEqual(names[1000], "MainProcess")
        XCTAssertEqual(names[1005], "child.py")
        XCTAssertEqual(names[1006], "python -c")
    }
}

final class TracingObjectLabellerTests: XCTestCase {
    private func event(_ kind: String, key: String?, type: String? = nil) -> TraceEvent {
        TraceEvent(seq: 1, t: 0, pid: 1, ppid: 0, process: "P", thread: "MainThread", kind: kind, object: key,
                   fields: JSONObject(type.map { [("type", .string($0))] } ?? []))
    }

    func testLabelsPerTypeInCreationOrder() {
        var labeller = ObjectLabeller()
        var sequence = [
            event("lock.create", key: "a", type: "Lock"), event("queue.create", key: "q", type: "Queue"),
            event("lock.create", key: "b", type: "Lock"), event("lock.create", key: "r", type: "RLock"),
            event("lock.acquire", key: "b"), event("lock.acquire", key: "a"), event("pool.create", key: "p"),
            event("queue.put", key: "q"), event("lock.acquire", key: "unseen"), event("print", key: nil),
        ]
        for i in sequence.indices { labeller.label(&sequence[i]) }
        XCTAssertEqual(sequence.map(\.object), ["Lock#1", "Queue#1", "Lock#2", "RLock#1", "Lock#2", "Lock#1", "Pool#1",
                                                "Queue#1", "Lock#3", nil])
        XCTAssertEqual(sequence[0].string("key"), "a")
        XCTAssertNil(sequence[4]["key"])
    }

    func testSharedObjectsAreLabelledByTypeAndNameTheirLock() {
        var labeller = ObjectLabeller()
        var lock = event("lock.create", key: "h1", type: "RLock")
        var value = event("shared.create", key: "s9-1", type: "Value")
        value.fields["lock"] = .string("h1")
        var raw = event("shared.create", key: "s9-2", type: "Array")
        raw.fields["lock"] = .bool(false)
        var write = event("shared.write", key: "s9-1")
        labeller.label(&lock)
        labeller.label(&value)
        labeller.label(&raw)
        labeller.label(&write)
        XCTAssertEqual([value.object, raw.object, write.object], ["Value#1", "Array#1", "Value#1"])
        XCTAssertEqual(value.lockLabel, "RLock#1")
        XCTAssertNil(raw["lock_label"])
    }

    func testDefaultTypeFromKind() {
        XCTAssertEqual(ObjectLabeller.defaultType(forKind: "queue.get"), "Queue")
        XCTAssertEqual(ObjectLabeller.defaultType(forKind: "pool.submit"), "Pool")
    }

}
