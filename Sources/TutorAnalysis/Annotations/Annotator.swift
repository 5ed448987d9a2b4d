import TutorCore

/// Explains a timeline: the lesson's own notes first, then generic rules that apply to any run.
///
/// Notes only restate what the events show (real pids, names and times); a rule that has nothing to
/// point at says nothing.
public struct Annotator {
    public var timeline: Timeline
    public var rules: [NoteRule]
    public var parameters: [String: String]
    /// The run's state model, when the caller has one already (the step view): one pass over the run, not two.
    public var replayer: StateReplayer?
    /// The words of event `i`'s timeline row, for notes that quote what a process last did (the terminal's
    /// `EventDescriber`: this layer cannot see it).
    public var rowWords: ((Int) -> String)?

    public init(timeline: Timeline, rules: [NoteRule] = [], parameters: [String: String] = [:], replayer: StateReplayer? = nil,
                rowWords: ((Int) -> String)? = nil) {
        self.timeline = timeline
        self.rowWords = rowWords
        self.rules = rules
        self.parameters = parameters
        self.replayer = replayer
    }

    /// Every note, in event order; an event with a lesson note gets no generic note.
    public func notes() -> [Note] { notes(sharing: nil) }

    /// `notes()`, the generic rules' passes shared with other threads through `passes` (made for this timeline; its
    /// state model is the one asked): the same notes in the same order.
    public func notes(sharing passes: NotePasses?) -> [Note] {
        precondition(passes.map { $0.timeline.events.count == timeline.events.count } ?? true, "the passes of this run")
        let lookup = EventFieldLookup(timeline)
        var notes: [Note] = []
        for rule in rules {
            let when = LessonParameters.fill(rule.when, with: parameters)
            guard let selector = try? ClaimParser.parseSelector(when) else { continue }
            // A note that speaks of other events is shown only when its `if:` check holds on this run.
            if let condition = rule.condition {
                guard let claim = try? ClaimParser.parse(LessonParameters.fill(condition, with: parameters)),
                      ClaimEvaluator(timeline: timeline).evaluate(claim).passed else { continue }
            }
            for index in timeline.events.indices where lookup.matches(selector, index) {
                // The lesson's words rest on its `when:` selector: the checker asks it again at this event.
                notes.append(Note(eventIndex: index, text: fill(rule.say, event: index, lookup: lookup), source: .lesson, kind: .lesson,
                                  premise: .lessonWhen(selector: when, step: index)))
                if rule.once { break }
            }
        }
        let explained = Set(notes.map(\.eventIndex))
        let generic = GenericRules(timeline: timeline, lookup: lookup, replayer: passes?.replayer ?? replayer ?? StateReplayer(timeline: timeline),
                                   rowWords: rowWords)
        notes += (passes.map { $0.notes(with: generic) } ?? generic.notes()).filter { !explained.contains($0.eventIndex) }
        return notes.enumerated().sorted { ($0.element.eventIndex, $0.offset) < ($1.element.eventIndex, $1.offset) }.map(\.element)
    }
}

extension Annotator {
    /// Fills `{field}` placeholders from the event (see `EventFieldLookup`), `{task}` with the task's name,
    /// `{worker}` with the worker that ran it, `{holder}` with who held a lock, and lesson parameters.
    func fill(_ template: String, event index: Int, lookup: EventFieldLookup) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            out += placeholder(name, index: index, lookup: lookup) ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    func placeholder(_ name: String, index: Int, lookup: EventFieldLookup) -> String? {
        let event = timeline.events[index]
        switch name {
        case "task": return lookup.task(of: event)?.name
        case "worker": return lookup.task(of: event)?.worker
        case "holder":
            return timeline.locks.first { $0.object == event.object }?.holds.last { $0.acquiredT == event.t && $0.pid == event.pid }?.blockedBy
        case "time": return Format.seconds(event.t)
        default: break
        }
        if let own = event.fields[name] { return own.displayText }
        if let value = lookup.value(name, of: index) {
            // Derived numbers (t, queued, x from x_ns) are durations in seconds.
            if case let .double(seconds) = value { return Format.duration(seconds) }
            return value.displayText
        }
        return parameters[name]
    }
}
