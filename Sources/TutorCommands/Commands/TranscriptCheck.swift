import Foundation
import TutorAnalysis
import TutorCore

/// `mp-tutor check FILE.jsonl...`: verifies the invariants of recorded runs (`InvariantChecker`) without
/// running anything. Exit 1 naming every violation.
struct TranscriptCheck {
    let paths: [String]

    /// True for a `check` argument that names a transcript rather than a lesson.
    static func isTranscript(_ arg: String) -> Bool {
        arg.hasSuffix(".jsonl") || arg.contains("/")
    }

    func execute() throws -> Int32 {
        var failures = 0
        for path in paths {
            let transcript = try TranscriptReader.read(path: path)
            let timeline = TimelineBuilder.build(transcript)
            let notes = Annotator(timeline: timeline).notes()
            let violations = InvariantChecker(timeline: timeline, notes: notes, recorded: transcript.events).violations()
            Console.out((violations.isEmpty ? "PASS" : "FAIL") + " \(TextSanitizer.neutralize(path, keepColors: false))  "
                + "(\(timeline.events.count) events, \(notes.count) notes, \(InvariantChecker.invariants.count) invariants)\n")
            for violation in violations {
                Console.out("  ✗ " + TextSanitizer.neutralize(violation.description, keepColors: false) + "\n")
            }
            if !violations.isEmpty { failures += 1 }
        }
        if paths.count > 1 { Console.out(Phrase.transcriptsHold.text(["ok": paths.count - failures, "n": paths.count]) + "\n") }
        return failures == 0 ? 0 : 1
    }
}
