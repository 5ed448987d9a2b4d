import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Runs and screens for the step-through tests: the committed pool-async run with its lesson's notes, and a
/// small hand-made run with a queue, a lock and a killed process.
enum SteppingTestSupport {
    static let plain80 = TerminalCapabilities(color: false, unicode: true, width: 80, isInteractive: false)

    /// The committed transcript of the pool-async lesson, with the notes the printed timeline has.
    static func poolAsync(capabilities: TerminalCapabilities = plain80) throws -> StepModel {
        let transcript = try TranscriptReader.read(path: BinaryHarness.repoRoot + "/Tests/Fixtures/pool-async.jsonl")
        let lesson = try LessonParser.load(path: BinaryHarness.repoRoot + "/lessons/pool-async/pool-async.md")
        let timeline = TimelineBuilder.build(transcript)
        let parameters = Dictionary(transcript.header.parameters.members.map { ($0.key, $0.value.displayText) }) { a, _ in a }
        let notes = RunPresenter(lesson: lesson, capabilities: capabilities).notes(for: timeline, variant: nil, parameters: parameters)
        return StepModel(timeline: timeline, notes: notes, capabilities: capabilities)
    }

    /// The recorded lock contention fixture, without a lesson.
    static func contention(capabilities: TerminalCapabilities = plain80) throws -> StepModel {
        let path = BinaryHarness.repoRoot + "/Tests/Fixtures/contention.jsonl"
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
        return StepModel(timeline: timeline, notes: Annotator(timeline: timeline).notes(), capabilities: capabilities)
    }

    /// A hand-made run: Process-1 fills a Queue(maxsize=2) and blocks, main holds Lock#1 while Process-2
    /// waits for it, main takes 'a', Process-2 is killed.
    static func queueAndLock(capabilities: TerminalCapabilities = plain80) throws -> StepModel {
        let header = #"{"format":"mp-tutor-transcript","version":1,"lesson":null,"variant":null,"command":["q.py"],"python":"3.11.7","start_method":"fork","platform":"linux","cpus":2,"mptutor_version":"0.1.0","recorded_at":"2026-11-21T00:00:00Z","parameters":{}}"#
        let events: [(Int32, String, String)] = [
            (1, "MainProcess", #""kind":"process.start","name":"MainProcess","role":"main""#),
            (1, "MainProcess", #""kind":"queue.create","object":"Queue#1","type":"Queue","maxsize":2"#),
            (1, "MainProcess", #""kind":"process.spawn","child_pid":20,"name":"Process-1","daemon":false"#),
            (20, "Process-1", #""kind":"process.start","name":"Process-1","role":"child""#),
            (20, "Process-1", #""kind":"queue.put","object":"Queue#1","item":"'a'""#),
            (20, "Process-1", #""kind":"queue.put","object":"Queue#1","item":"'b'""#),
            (20, "Process-1", #""kind":"queue.wait","object":"Queue#1","op":"put""#),
            (1, "MainProcess", #""kind":"lock.create","object":"Lock#1","type":"Lock""#),
            (1, "MainProcess", #""kind":"lock.acquire","object":"Lock#1","waited_ns":0"#),
            (1, "MainProcess", #""kind":"process.spawn","child_pid":21,"name":"Process-2","daemon":false"#),
            (21, "Process-2", #""kind":"process.start","name":"Process-2","role":"child""#),
            (21, "Process-2", #""kind":"lock.wait","object":"Lock#1""#),
            (1, "MainProcess", #""kind":"queue.get","object":"Queue#1","item":"'a'""#),
            (1, "MainProcess", #""kind":"process.reaped","child_pid":21,"name":"Process-2","exitcode":-15"#),
        ]
        var lines = [header]
        for (offset, (pid, process, rest)) in events.enumerated() {
            let ppid = pid == 1 ? 0 : 1
            lines.append(#"{"seq":\#(offset + 1),"t":\#((offset + 1) * 100_000_000),"pid":\#(pid),"ppid":\#(ppid),"process":"\#(process)","thread":"MainThread",\#(rest)}"#)
        }
        let transcript = try TranscriptReader.parse(Array((lines.joined(separator: "\n") + "\n").utf8), file: "queue-and-lock.jsonl")
        let timeline = TimelineBuilder.build(transcript)
        return StepModel(timeline: timeline, notes: Annotator(timeline: timeline).notes(), capabilities: capabilities)
    }

    /// The screen's lines as one text with runs of whitespace (no-break spaces too) made single spaces,
    /// so a check does not depend on where a line wrapped.
    static func flat(_ lines: [String]) -> String {
        lines.joined(separator: " ").replacing("\u{00A0}", with: " ").split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }

    /// The index of the `n`th (1-based) event of `kind`.
    static func event(_ kind: EventKind, _ n: Int, in model: StepModel) -> Int {
        model.timeline.events.indices.filter { model.timeline.events[$0].is(kind) }[n - 1]
    }

    static func screen(_ model: StepModel, step: Int, width: Int = 80, height: Int = 24) -> [String] {
        StepScreen(model: model, session: StepSession(step: step), size: .init(width: width, height: height)).lines()
    }
}
