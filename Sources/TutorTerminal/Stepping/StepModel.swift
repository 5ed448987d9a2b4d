import TutorCore
import TutorAnalysis

/// Everything the step-through view shows that depends only on the run, computed once: the events in
/// words, the notes and cause links per event, the lanes and where their events fall, and the replayer
/// that rebuilds the state at any step.
public struct StepModel: Sendable {
    public let timeline: Timeline
    let painter: Painter
    let replayer: StateReplayer
    /// Each event in words, for the screen (may carry colour); put in words when a screen needs it.
    let descriptions: EventTexts
    /// Each event in words without colour, lower-cased, for searching.
    let searchTexts: EventTexts
    /// `searchTexts` indexed, built in the background once the view opens (`startIndexing`), or from when a long
    /// run's timeline is built (`Search.begin`).
    var searchIndex: SearchIndex
    /// Each lane's events by column of its bar, made once per bar width.
    let laneColumns = LaneColumns()
    /// Notes by event, each with its number in the whole run (the printed timeline numbers them the same way).
    private(set) var notesByEvent: [Int: [(number: Int, note: Note)]] = [:]
    /// Events that have a note, in order: the stops of `]` and `[`.
    private(set) var annotatedSteps: [Int] = []
    /// What caused each event and what it led to, put in words when a screen shows them.
    let links: CausalLinkIndex
    /// Lanes drawn (helpers hidden when asked), in timeline order.
    let visibleLanes: [Int]
    /// For each lane, its first and last event (nil for a lane without events).
    let laneBounds: [(first: Int, last: Int)?]
    /// For each lane that is a process's main thread, the process's recorded end (nil otherwise): its line runs on to
    /// it (gaps 32C).
    let laneEnds: [Int64?]
    /// Whether multiprocessing's helper processes are left out of the lanes and the state panel.
    let hidesInfrastructure: Bool
    /// The stable key of each event (empty when unknown, e.g. a replay): what keeps the cursor on the
    /// same event when a growing run is read again.
    let keys: [EventKey?]
    let indexByKey: [EventKey: Int]
    /// The run is still going: this model is what its files held at one moment, and more will come.
    public let isLive: Bool
    /// This model is the first page of a run whose whole is still being read (`StepLoad`).
    public var isFirstPage = false

    /// - Parameters:
    ///   - notes: the notes to show (from `Annotator`, as the printed timeline has them).
    ///   - hideInfrastructure: leave out multiprocessing's helper lanes unless the current event is on one.
    ///   - keys: each event's stable key (same index as the timeline's events), if known.
    ///   - isLive: the run has not ended yet.
    ///   - replayer: the run's state model, if made already (for the notes).
    ///   - search: the run's search texts and their index, if begun already (`Search.begin`, before this model).
    public init(timeline: Timeline, notes: [Note], capabilities: TerminalCapabilities, hideInfrastructure: Bool = true,
                keys: [EventKey?] = [], isLive: Bool = false, replayer: StateReplayer? = nil, search: Search? = nil) {
        self.timeline = timeline
        painter = Painter(capabilities: capabilities)
        self.replayer = replayer ?? StateReplayer(timeline: timeline)
        descriptions = EventTexts(describer: EventDescriber(timeline: timeline, painter: painter), lowercased: false)
        let search = search ?? Search(timeline: timeline, capabilities: capabilities)
        searchTexts = search.texts
        searchIndex = search.index
        links = CausalLinkIndex(timeline: timeline)
        hidesInfrastructure = hideInfrastructure
        visibleLanes = timeline.lanes.indices.filter { !(hideInfrastructure && timeline.lanes[$0].isInfrastructure) }
        var bounds = [(first: Int, last: Int)?](repeating: nil, count: timeline.lanes.count)
        for (index, lane) in timeline.laneOfEvent.enumerated() { bounds[lane] = (bounds[lane]?.first ?? index, index) }
        laneBounds = bounds
        laneEnds = timeline.lanes.map { $0.isMainThread ? timeline.process(pid: $0.pid)?.endT : nil }
        self.keys = keys.count == timeline.events.count ? keys : []
        var indices: [EventKey: Int] = [:]
        for (index, key) in self.keys.enumerated() { if let key { indices[key] = index } }
        indexByKey = indices
        self.isLive = isLive
        place(notes)
    }

    /// Number of steps (one per event).
    public var count: Int { timeline.events.count }
}

extension StepModel {
    /// This model with `notes` (of the same timeline) in place of its notes; everything else is shared.
    public func withNotes(_ notes: [Note]) -> StepModel {
        var model = self
        model.place(notes)
        return model
    }

    private mutating func place(_ notes: [Note]) {
        var byEvent: [Int: [(number: Int, note: Note)]] = [:]
        for (offset, note) in notes.enumerated() { byEvent[note.eventIndex, default: []].append((offset + 1, note)) }
        notesByEvent = byEvent
        annotatedSteps = byEvent.keys.sorted()
    }

    /// Starts making every checkpoint of the state model and building the search index, each on a thread
    /// of its own (once per model): what a jump (`G`, a step number, `/`) needs, ready before it is asked.
    /// Both begin at once: a jump lands before its checkpoint is made (the state panel says it is being
    /// prepared), while a find has no answer before the index or the view's own describing reaches it.
    func startIndexing() {
        replayer.prepareAll()
        searchIndex.start(searchTexts)
    }

    /// The stable key of the event at `step`, if known.
    func key(at step: Int) -> EventKey? { keys.indices.contains(step) ? keys[step] : nil }

    /// Where the event with `key` is in this model.
    func index(of key: EventKey) -> Int? { indexByKey[key] }

    /// The next annotated event after `step`, if any.
    func nextAnnotated(after step: Int) -> Int? {
        let next = firstAnnotated { $0 > step }
        return next < annotatedSteps.count ? annotatedSteps[next] : nil
    }

    /// The last annotated event before `step`, if any.
    func previousAnnotated(before step: Int) -> Int? {
        let next = firstAnnotated { $0 >= step }
        return next > 0 ? annotatedSteps[next - 1] : nil
    }

    /// The position of the first annotated step that `isPast` (a binary search: the steps are in order).
    private func firstAnnotated(_ isPast: (Int) -> Bool) -> Int {
        var low = 0, high = annotatedSteps.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(annotatedSteps[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The first event after `step` whose description contains `text` (any case), wrapping to the start.
    /// Events the search index holds are searched there; the others are described as the search passes.
    /// - Returns: the step and whether the search wrapped past the end.
    func find(_ text: String, after step: Int) -> (step: Int, wrapped: Bool)? {
        switch search(text, after: step, describing: .max) {
        case let .found(step, wrapped): (step, wrapped)
        case .nowhere, .notYet: nil
        }
    }

    /// What `find` answers, from the search index and at most `describing` events past it: `.notYet` while
    /// the answer lies further, so that the view stays with the learner and asks again instead of
    /// describing a million events itself (the index's thread is doing that already).
    func findIndexed(_ text: String, after step: Int, describing: Int = 2_000) -> FindAnswer {
        search(text, after: step, describing: describing)
    }

    /// Where a find stands.
    enum FindAnswer: Equatable {
        case found(step: Int, wrapped: Bool)
        case nowhere
        /// The index has not reached the answer yet.
        case notYet
    }

    private func search(_ text: String, after step: Int, describing budget: Int) -> FindAnswer {
        var budget = budget
        let needle = text.lowercased()
        guard !needle.isEmpty, count > 0 else { return .nowhere }
        let bytes = Array(needle.utf8)
        let start = min(max(step, -1), count - 1) + 1
        for (segment, wrapped) in [(start..<count, false), (0..<start, true)] {
            var lower = segment.lowerBound
            while lower < segment.upperBound {
                let (found, searched) = searchIndex.firstMatch(bytes, in: lower..<segment.upperBound)
                if let found { return .found(step: found, wrapped: wrapped) }
                guard searched < segment.upperBound else { break }
                guard budget > 0 else { return .notYet }
                budget -= 1
                if searchTexts[searched].contains(needle) { return .found(step: searched, wrapped: wrapped) }
                lower = searched + 1
            }
        }
        return .nowhere
    }
}
