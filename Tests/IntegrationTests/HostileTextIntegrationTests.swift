import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Every string from a program or a file reaches the terminal through the one sanitizer: a shared
/// transcript, a lesson file or a program's own messages cannot retitle the window, clear the screen,
/// reorder text or break a row, with or without colour. The only escape sequences in mp-tutor's output
/// are its own colours (SGR: `ESC [ digits m`).
final class HostileTextIntegrationTests: XCTestCase {
    /// OSC title, clear screen, a C1 CSI, a colour, a bidi override and isolate, NUL, CR, BEL, a newline.
    static let hostile = "\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{9B}31m\u{1B}[31m\u{202E}rev\u{2066}\u{0}x\r\u{1B}P1;q\u{1B}\\\nnext"

    /// The first control character in `text` that is not a newline or part of one of mp-tutor's colours.
    static func firstLeak(in text: String, colors: Bool) -> String? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let value = scalars[i].value
            if colors, value == 0x1B, i + 1 < scalars.count, scalars[i + 1] == "[" {
                var j = i + 2
                while j < scalars.count, ("0"..."9").contains(Character(scalars[j])) || scalars[j] == ";" { j += 1 }
                if j < scalars.count, scalars[j] == "m" { i = j + 1; continue }
            }
            let bad = (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value) || value == 0x2028 || value == 0x2029
            if bad {
                let context = String(String.UnicodeScalarView(scalars[max(0, i - 40)..<min(scalars.count, i + 10)]))
                return String(format: "U+%04X near %@", value, context.debugDescription)
            }
            i += 1
        }
        return nil
    }

    /// The committed pool-async transcript with every string field of every line made hostile: the header's
    /// command, python, recorded_at, start_method, platform, variant, parameters; each event's process, thread,
    /// object and every string field; extra events with hostile kinds.
    static func hostileTranscript() throws -> String {
        let source = try String(contentsOfFile: BinaryHarness.repoRoot + "/transcripts/pool-async.jsonl", encoding: .utf8)
        var lines: [String] = []
        var seq = 0
        var lastT: Int64 = 0
        for (index, line) in source.split(separator: "\n").enumerated() {
            guard case var .object(object) = try JSONParser.parse(String(line)) else { continue }
            if index == 0 {
                for key in ["command", "python", "recorded_at", "start_method", "platform", "variant", "mptutor_version"] {
                    object[key] = key == "command" ? .array([.string("demo.py" + hostile), .string(hostile)]) : .string(hostile)
                }
                object["lesson"] = .null
                object["parameters"] = .object(JSONObject([("workers" + hostile, .string(hostile))]))
            } else if object["trailer"] == nil {
                seq = Int(object["seq"]?.intValue ?? 0)
                lastT = object["t"]?.intValue ?? lastT
                for member in object.members {
                    switch member.key {
                    case "seq", "t", "pid", "ppid", "kind": continue
                    default:
                        if case let .string(text) = member.value { object[member.key] = .string(text + hostile) }
                    }
                }
            } else {
                // Hostile kinds go last, before the trailer (whose counts then no longer match: that is reported, not hidden).
                for extra in 1...2 {
                    lines.append(JSONValue.object(JSONObject([
                        ("seq", .int(Int64(seq + extra))), ("t", .int(lastT + Int64(extra))), ("pid", .int(1)), ("ppid", .int(0)),
                        ("process", .string(hostile)), ("thread", .string(hostile)), ("kind", .string("x" + hostile)),
                        ("object", .string(hostile)), ("error", .string(hostile)), ("text", .string(hostile)),
                    ])).serialized())
                }
                object["counts"] = .object(JSONObject([("kind" + hostile, .int(1))]))
            }
            lines.append(JSONValue.object(object).serialized())
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func testReplayStepAndSummaryShowNoControlFromAHostileTranscript() throws {
        let path = try BinaryHarness.script("hostile.jsonl", try Self.hostileTranscript())
        let transcript = try TranscriptReader.read(path: path)
        XCTAssertGreaterThan(transcript.events.count, 40)
        for (arguments, colors) in [(["replay", path, "--color", "never"], false), (["replay", path, "--color", "always"], true),
                                    (["replay", path, "--step", "--color", "never"], false),
                                    (["replay", path, "--step", "--color", "always"], true),
                                    (["replay", path, "--color", "never", "--width", "40"], false)] {
            let result = try BinaryHarness.run(arguments)
            XCTAssertEqual(result.status, .exited(0), "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stdout.contains("PWNED"), "the hostile text is shown, made visible: \(arguments)")
            XCTAssertTrue(result.stdout.contains("␛]0;PWNED␇"), arguments.joined(separator: " "))
            XCTAssertNil(Self.firstLeak(in: result.stdout + result.stderr, colors: colors), arguments.joined(separator: " "))
            if !colors { XCTAssertFalse(result.stdout.contains("\u{1B}"), "no escape at all without colour") }
        }
    }

    func testHostileLessonTextAndErrorMessagesShowNoControl() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let h = Self.hostile.replacingOccurrences(of: "\n", with: " ")
        _ = try folder.write("lessons/evil/evil.md", """
        ---
        id: evil
        title: "T\(h)"
        summary: S\(h)
        demo: demo.py
        params:
          - name: n
            default: 3
            help: H\(h)
        ---
        # Heading \(h)

        Body *em\(h)* `code\(h)` [link\(h)](http://x\(h))

        ```python
        print("\(h)")
        ```
        """)
        _ = try folder.write("lessons/broken\u{1B}]0;X\u{07}/broken\u{1B}]0;X\u{07}.md", "---\nid: \(h)\n---\n")
        for arguments in [["lesson", "evil", "--text-only", "--color", "never"], ["list", "--color", "never"],
                          ["lesson", "evil", "--text-only", "--color", "always"], ["lesson", "evil", "--set", "n=\(h)", "--text-only"]] {
            let result = try BinaryHarness.run(arguments, environment: ["MP_TUTOR_HOME": folder.path])
            XCTAssertNil(Self.firstLeak(in: result.stdout + result.stderr, colors: arguments.contains("always")),
                         arguments.joined(separator: " "))
        }
    }

    func testLiveExceptionMessagesAndTheLastPrintedLineInAHangNote() throws {
        let script = try BinaryHarness.script("evil.py", #"""
        import multiprocessing as mp, sys, time

        EVIL = "\x1b]0;PWNED\x07\x1b[2J\x9b31m\u202e\x00\r"

        def task(i):
            raise ValueError(EVIL + "\nsecond line")

        if __name__ == "__main__":
            mp.current_process().name = "Main" + EVIL
            pool = mp.Pool(1)
            r = pool.apply_async(task, (1,))
            try:
                r.get()
            except ValueError:
                pass
            # close() and join(), not terminate(): the worker must live to record its task's end.
            pool.close()
            pool.join()
            print("last words" + EVIL, flush=True)
            time.sleep(60)
        """#)
        let result = try BinaryHarness.run(["trace", "--timeout", "10", "--color", "never", "--width", "250", script])
        // A generous watchdog: on a busy machine the pool may need seconds before its task raises.
        let lines = result.stdout.split(separator: "\n")
        let raised = try XCTUnwrap(lines.first { $0.contains("✗ task 0 raised") }, result.stdout)
        XCTAssertTrue(raised.hasSuffix("raised ValueError: ␛]0;PWNED␇␛[2J␛[31m⟨U+202E⟩␀␍␊second line"),
                      "the message, made visible, on its one row:\n\(raised)")
        let note = try XCTUnwrap(lines.first { $0.contains("the watchdog stopped the run") }, result.stdout)
        XCTAssertTrue(note.contains("last printed \"last words␛]0;PWNED␇␛[2J␛[31m⟨U+202E⟩␀␍\""), "the hang note quotes the line:\n\(note)")
        XCTAssertNil(Self.firstLeak(in: result.stdout + result.stderr, colors: false))
        let narrow = try BinaryHarness.run(["trace", "--timeout", "10", "--color", "always", "--width", "60", script])
        XCTAssertNil(Self.firstLeak(in: narrow.stdout + narrow.stderr, colors: true), "cut to fit, nothing is cut in half")
    }
}
