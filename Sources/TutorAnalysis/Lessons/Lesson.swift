import TutorCore

/// A lesson: its text, the demo that proves it, the claims the demo's timeline must show, and the notes
/// that explain the timeline's key moments.
public struct Lesson: Sendable {
    public var id: String
    public var title: String
    /// The curriculum unit, e.g. `C Pool`.
    public var unit: String
    /// One line for `mp-tutor list`.
    public var summary: String
    /// The seed articles (and sections) the lesson mirrors.
    var seeds: [String]
    /// The lesson's markdown file.
    public var file: String
    /// The folder holding the lesson and its demo.
    public var directory: String
    /// The demo program, relative to `directory`.
    public var demo: String
    /// Seconds after which the watchdog stops the demo.
    public var timeout: Double
    /// Sample each process's OS scheduling state during the run (`sample_os: true`).
    public var sampleOS: Bool = false
    public var parameters: [LessonParameter]
    public var variants: [LessonVariant]
    public var claims: [LessonClaim]
    public var notes: [NoteRule]
    /// Predict-then-reveal questions, answered after the run from its events.
    public var questions: [LessonQuestion] = []
    /// The markdown after the front matter, and the file line it starts on.
    public var body: String
    var bodyLine: Int
    /// The language of the learner-facing texts (`lessons/<id>/zh/<id>.md` is Chinese).
    public var language: Language = .en
    /// True when the lesson was asked for in a language it has no file for, and is shown in English.
    public var translationMissing = false

    public init(id: String, title: String, unit: String, summary: String, seeds: [String], file: String, directory: String,
                demo: String, timeout: Double, parameters: [LessonParameter], variants: [LessonVariant], claims: [LessonClaim],
                notes: [NoteRule], body: String, bodyLine: Int) {
        self.id = id
        self.title = title
        self.unit = unit
        self.summary = summary
        self.seeds = seeds
        self.file = file
        self.directory = directory
        self.demo = demo
        self.timeout = timeout
        self.parameters = parameters
        self.variants = variants
        self.claims = claims
        self.notes = notes
        self.body = body
        self.bodyLine = bodyLine
    }

    /// The demo's path.
    var demoPath: String { directory + "/" + demo }
}

/// A value a learner may change with `--set name=value`, passed to the demo as `--name value`.
public struct LessonParameter: Sendable, Equatable {
    public enum Kind: String, Sendable { case int, float, string }
    public var name: String
    public var kind: Kind
    var defaultValue: String
    public var minimum: Double?
    var maximum: Double?
    public var help: String
}

/// A named way to run the demo differently (`--variant with-lock`), with extra demo arguments.
public struct LessonVariant: Sendable, Equatable {
    public var id: String
    public var summary: String
    public var arguments: [String]
}

/// A property the demo's timeline must show, checked by `mp-tutor check`.
public struct LessonClaim: Sendable, Equatable {
    /// In the learner's words; `{param}` placeholders are filled in.
    public var text: String
    /// The check in the claim language; `{param}` placeholders are filled in before parsing.
    public var check: String
    /// Variants the claim applies to; empty means all.
    public var variants: [String]
    public var line: Int
    /// `needs: free cores` (load 31): the claim is about processes running side by side, so it holds only when the
    /// machine has cores to spare; on a run that measured a busy machine a failure of it is "not judged", not false.
    public var needsFreeCores = false
}

/// A lesson-specific explanation attached to events that match a selector.
public struct NoteRule: Sendable, Equatable {
    public var when: String
    var say: String
    /// Only the first matching event gets the note.
    public var once: Bool
    public var variants: [String]
    public var line: Int
    /// A claim check (`if:`) that must hold on the run for the note to be shown at all: a note whose words speak of
    /// other events than its `when:` event (round 26S: join-placement's "yet children are still working", false on a
    /// spawn run whose children had all ended before main printed "done").
    public var condition: String? = nil
}
