import Foundation
import TutorCore
import TutorAnalysis
import TutorTerminal
import TutorCapture

/// `mp-tutor replay <id|FILE>`: a recorded run, shown exactly as the live run was. Needs no python3.
struct ReplayCommand {
    let context: CommandContext
    let target: String
    let variant: String?
    let display: DisplayOptions
    /// `mp-tutor export`: write the files asked for, show nothing else.
    var exportOnly = false

    func run() throws -> Int32 {
        let (path, catalog) = try resolve()
        if Self.isFolder(path) { return try replayEventsFolder(path) }
        // The step view opens only once the whole run is read and analysed: on a terminal, say what is
        // going on meanwhile (a million events take seconds), so the screen is never blank.
        let showsProgress = display.step && isatty(0) == 1 && isatty(1) == 1
        if showsProgress { Console.out(Self.readingLine(path)) }
        if display.step, display.exports.isEmpty, !exportOnly, KeyboardDevice.canDriveTerminal,
           let (page, bytes) = try Stepper.firstPage(of: path) {
            return try replayLoading(page, of: path, bytes: bytes, catalog: catalog)
        }
        let transcript = try TranscriptReader.read(path: path)
        if showsProgress { Console.out(Phrase.replayEventsRead.text(["n": transcript.events.count]) + "\n") }
        // A file names its lesson in its header: the lessons are read only then (they take a tenth of a second).
        let lessons = transcript.header.lesson == nil ? nil : catalog ?? (try? context.catalog())
        let lesson = transcript.header.lesson.flatMap { id in lessons?.lessons.first { $0.id == id } }
        let caps = context.capabilities(display)
        let presenter = RunPresenter(lesson: lesson, capabilities: caps, options: context.timelineOptions(display))
        let parameters = Dictionary(transcript.header.parameters.members.map { ($0.key, $0.value.displayText) }) { a, _ in a }
        let screen = RunScreen(context: context, presenter: presenter, display: display, variant: transcript.header.variant,
                               parameters: parameters, record: nil)
        if exportOnly {
            // Handed over as for replay: the reconciler rewrites events in place instead of copying them all.
            try screen.export(TimelineBuilder.build(taking: consume transcript), source: path)
            return 0
        }
        let pager = display.step || !display.pager ? nil : Pager.start(environment: context.environment)
        defer { pager?.finish() }
        // Handed over: the events are the timeline's alone from here on.
        let status = try screen.replay(consume transcript, from: path)
        if !display.step, let lesson { ProgressStore(environment: context.environment).markFinished(lesson.id) }
        return status
    }

    /// `--step` on a long transcript: the view opens on the file's first page while the whole run is read.
    private func replayLoading(_ page: Transcript, of path: String, bytes: Int, catalog: LessonCatalog?) throws -> Int32 {
        let lesson = page.header.lesson.flatMap { id in catalog?.lessons.first { $0.id == id } }
        let presenter = RunPresenter(lesson: lesson, capabilities: context.capabilities(display), options: context.timelineOptions(display))
        let parameters = Dictionary(page.header.parameters.members.map { ($0.key, $0.value.displayText) }) { a, _ in a }
        Console.out(presenter.heading(for: page.header, replayOf: path))
        return try Stepper.present(page: page, of: path, bytes: bytes, presenter: presenter, variant: page.header.variant,
                                   parameters: parameters, display: display)
    }

    /// `mp-tutor replay FOLDER`: a run's per-process event files, merged as `trace` merges them after a run
    /// (the way the fuzzer reaches that reader; see docs/tracer-protocol.md "Reading a folder of event files").
    private func replayEventsFolder(_ path: String) throws -> Int32 {
        let transcript = try TracedRun.transcript(eventsFolder: path)
        let presenter = RunPresenter(lesson: nil, capabilities: context.capabilities(display), options: context.timelineOptions(display))
        let screen = RunScreen(context: context, presenter: presenter, display: display, variant: nil, parameters: [:], record: nil)
        if exportOnly { try screen.export(TimelineBuilder.build(taking: consume transcript), source: path); return 0 }
        return try screen.replay(consume transcript, from: path)
    }

    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    /// `reading FILE (12.3 MB)…`, the file's name made safe to print.
    static func readingLine(_ path: String) -> String {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int).flatMap { $0 } ?? 0
        let megabytes = String(format: "%.1f", Double(size) / 1e6)
        return "reading \(TextSanitizer.neutralize(path, keepColors: false)) (\(megabytes) MB)…\n"
    }

    /// A path if the target names a file (its lessons are read later, if its header names one), else the
    /// committed transcript of that lesson with the lessons.
    private func resolve() throws -> (String, LessonCatalog?) {
        let looksLikeFile = target.contains("/") || target.hasSuffix(".jsonl") || FileManager.default.fileExists(atPath: target)
        if looksLikeFile { return (target, nil) }
        let catalog = try? context.catalog()
        guard let catalog else {
            throw MPTutorError.other(Phrase.errNoLessonsFolderFor.text(["target": target]))
        }
        let lesson = try catalog.lesson(target)
        if let variant, !lesson.variants.contains(where: { $0.id == variant }) {
            throw MPTutorError.usage(Phrase.errNoVariant.text(["id": lesson.id, "variant": variant]))
        }
        let path = catalog.transcriptPath(for: lesson.id, variant: variant)
        guard FileManager.default.fileExists(atPath: path) else {
            throw MPTutorError.other(Phrase.errNoRecordedRun.text(["id": lesson.id, "path": path]))
        }
        return (path, catalog)
    }
}
