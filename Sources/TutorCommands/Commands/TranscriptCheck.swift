import Foundation
import TutorAnalysis
import TutorCore
import TutorTerminal

/// `mp-tutor check FILE.jsonl...`: verifies the invariants of recorded runs (`InvariantChecker`) without
/// running anything. Exit 1 naming every violation.
struct TranscriptCheck {
    let paths: [String]
    /// The lessons, so a lesson's recorded run is checked with the lesson's own notes too (their premises).
    var catalog: LessonCatalog?

    /// True for a `check` argument that names a transcript rather than a lesson.
    static func isTranscript(_ arg: String) -> Bool {
        arg.hasSuffix(".jsonl") || arg.contains("/")
    }

    func execute() throws -> Int32 {
        var failures = 0
        for path in paths {
            let transcript = try TranscriptReader.read(path: path)
            let timeline = TimelineBuilder.build(transcript)
            let notes = notes(for: transcript, timeline: timeline)
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

    /// The notes the run's screens show: the lesson's own (its variant, its parameters) when the transcript
    /// names a lesson of the catalog, then the generic ones.
    private func notes(for transcript: Transcript, timeline: Timeline) -> [Note] {
        let lesson = transcript.header.lesson.flatMap { id in catalog?.lessons.first { $0.id == id } }
        return Self.notes(for: transcript, timeline: timeline, lesson: lesson)
    }

    /// The notes of a run of `lesson` (nil: generic notes only), as its screens show them.
    static func notes(for transcript: Transcript, timeline: Timeline, lesson: Lesson?) -> [Note] {
        let rules = (lesson?.notes ?? []).filter { LessonVariant.applies($0.variants, to: transcript.header.variant) }
        let parameters = Dictionary(transcript.header.parameters.members.map { ($0.key, $0.value.displayText) }) { a, _ in a }
        let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))
        return Annotator(timeline: timeline, rules: rules, parameters: parameters,
                         rowWords: { EventDescriber(timeline: timeline, painter: painter).describe($0) }).notes()
    }

    /// What does not hold in a run of `lesson`: the same invariants `check FILE.jsonl` verifies, on the
    /// events as recorded and on the notes its screens show.
    static func violations(of transcript: Transcript, timeline: Timeline, lesson: Lesson?) -> [InvariantChecker.Violation] {
        InvariantChecker(timeline: timeline, notes: notes(for: transcript, timeline: timeline, lesson: lesson),
                         recorded: transcript.events).violations()
    }
}
