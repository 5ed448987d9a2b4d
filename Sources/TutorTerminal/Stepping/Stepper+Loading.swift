#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore
import TutorAnalysis

/// The step view over a long transcript: opened on the file's first page while a thread reads and
/// analyses the whole run, so the first screen never waits for the whole file.
extension Stepper {
    /// Transcripts at least this large open on their first page (smaller ones are read whole in well
    /// under a second, and open exactly as before).
    public static let loadingFromBytes = 8 << 20
    /// How much of the file the first page is made from (about 1,400 events).
    static let firstPageBytes = 256 << 10

    /// The first page of the transcript at `path` (its header and the events on its first 256 KB), or
    /// nil when the file is too small to be worth it or its first line is longer than a page.
    /// - Throws: what reading the whole file would throw for a broken line on the page.
    public static func firstPage(of path: String) throws -> (transcript: Transcript, bytes: Int)? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        guard fseeko(file, 0, SEEK_END) == 0 else { return nil }
        let size = Int(ftello(file))
        guard size >= loadingFromBytes, fseeko(file, 0, SEEK_SET) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: firstPageBytes)
        let read = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, firstPageBytes, file) }
        guard let lastNewline = bytes[..<read].lastIndex(of: UInt8(ascii: "\n")) else { return nil }
        bytes.removeSubrange((lastNewline + 1)...)
        let page = try TranscriptReader.parse(bytes, file: path)
        return page.events.isEmpty ? nil : (page, size)
    }

    /// Steps through `page` (the start of the run at `path`) while the whole run is read, analysed and
    /// given its notes; switches to the whole run as soon as it is ready, then prints what follows the
    /// timeline (not after Ctrl-C, nor when the view closed before the whole run was read).
    /// - Returns: 0, or 130 after Ctrl-C.
    /// - Throws: the error that reading the whole file met (a broken line further on).
    public static func present(page: Transcript, of path: String, bytes: Int, presenter: RunPresenter, variant: String?,
                               parameters: [String: String], display: DisplayOptions) throws -> Int32 {
        let capabilities = presenter.capabilities
        let load = StepLoad(megabytes: Double(bytes) / 1e6) { publish in
            // Stepping needs no notes and no task table: the whole run is shown first, and its notes (made on
            // the same state model, over the run with its tasks) join it when they are made. The summary is
            // made from that run after the view closes, as before.
            let stepped = TimelineBuilder.build(try TranscriptReader.read(path: path), poolTasks: false)
            let replayer = StateReplayer(timeline: stepped)
            // Every checkpoint, beside the rest: a jump to the run's end must not replay the whole run first.
            // At the notes' lower priority: a find sent before the index is ready describes events on the view's
            // thread while the index's thread comes forwards, and on two cores these two need the cores.
            replayer.prepareAll(after: { BackgroundPriority.lowerCurrentThread() })
            // The search index too, from now: the rest of the loading leaves the second core free, and a find
            // sent once the whole run shows then waits only for what is left of it.
            let search = StepModel.Search(timeline: stepped, capabilities: capabilities)
            search.begin()
            let model = StepModel(timeline: stepped, notes: [], capabilities: capabilities, hideInfrastructure: display.hideInfrastructure,
                                  replayer: replayer, search: search)
            publish(.init(model: model, notesPending: true))
            // The view steps through the whole run from here: the notes yield the CPU to its keys and finds.
            BackgroundPriority.lowerCurrentThread()
            let timeline = TimelineBuilder.addingPoolTasks(to: stepped)
            let notes = presenter.notes(for: timeline, variant: variant, parameters: parameters,
                                        replayer: StateReplayer(timeline: timeline, sharingCheckpointsOf: replayer))
            return .init(model: model.withNotes(notes), timeline: timeline)
        }
        // The page's model shows no task table: it need not follow each of a map's chunks.
        var first = StepModel(timeline: TimelineBuilder.build(page, poolTasks: false), notes: [], capabilities: capabilities,
                              hideInfrastructure: display.hideInfrastructure)
        first.isFirstPage = true
        let status = StepLoop(model: first, load: load).run()
        switch load.outcome {
        case let .failure(error)?:
            throw error
        case let .success(loaded)?:
            // The view's model has no task table; a view closed before the notes were made has no run with one yet.
            let timeline = loaded.timeline ?? TimelineBuilder.addingPoolTasks(to: loaded.model.timeline)
            if status == 0 { Console.out(presenter.closing(timeline: timeline, variant: variant, parameters: parameters).text) }
        case nil:
            if status == 0 { Console.out(Phrase.stepLeftWhileLoading.text() + "\n") }
        }
        return status
    }
}
