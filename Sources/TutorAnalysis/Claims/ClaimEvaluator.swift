import Foundation
import TutorCore

/// Decides whether a claim holds on a timeline, and says what was observed either way.
public struct ClaimEvaluator {
    /// The verdict on one claim.
    public struct Outcome: Sendable, Equatable {
        public var passed: Bool
        /// What the run showed, in the claim language's own terms, e.g. "max_concurrent_tasks = 3" (for authors).
        public var observed: String
        /// What the run showed, as facts the learner is told in words.
        public var observation: ClaimObservation = .nothing

        public init(passed: Bool, observed: String, observation: ClaimObservation = .nothing) {
            self.passed = passed
            self.observed = observed
            self.observation = observation
        }
    }

    /// Metrics a claim can name.
    static let metricNames = [
        "max_concurrent_tasks", "tasks_submitted", "tasks_started", "tasks_done", "task_workers", "callbacks",
        "exit_code", "lost_events", "duration", "processes", "children", "timed_out",
    ]

    private let lookup: EventFieldLookup
    private var timeline: Timeline { lookup.timeline }

    init(timeline: Timeline) { lookup = EventFieldLookup(timeline) }

    func evaluate(_ claim: ClaimExpression) -> Outcome {
        switch claim {
        case let .all(parts):
            let outcomes = parts.map(evaluate)
            return Outcome(passed: outcomes.allSatisfy(\.passed), observed: outcomes.map(\.observed).joined(separator: Phrase.listSeparator.text()),
                           observation: .all(outcomes.map(\.observation)))
        case let .compare(lhs, op, rhs):
            let (a, aText) = value(lhs), (b, bText) = value(rhs)
            let shown = [aText, bText].compactMap { $0 }.joined(separator: Phrase.listComma.text())
            let facts = [(lhs, a), (rhs, b)].compactMap { operand, v in Self.quantity(operand).map { ClaimObservation.value($0, v) } }
            return Outcome(passed: EventFieldLookup.compare(a, op, b), observed: shown.isEmpty ? Phrase.observedNoValue.text() : shown,
                           observation: facts.count == 1 ? facts[0] : facts.isEmpty ? .nothing : .all(facts))
        case let .quantified(quantifier, selector, condition):
            return quantified(quantifier, selector, condition)
        case let .order(pick1, selector1, before, pick2, selector2):
            let a = pick(pick1, selector1), b = pick(pick2, selector2)
            let name1 = "\(pick1.rawValue) \(selector1)", name2 = "\(pick2.rawValue) \(selector2)"
            let observation = ClaimObservation.order(a.map { eventFact($0, pick: pick1) }, b.map { eventFact($0, pick: pick2) },
                                                     firstKind: selector1.kind, secondKind: selector2.kind)
            guard let a, let b else {
                return Outcome(passed: false, observed: Phrase.figNoMatch.text(["selector": a == nil ? "\(selector1)" : "\(selector2)"]),
                               observation: observation)
            }
            let passed = before ? a < b : a > b
            let observed = Phrase.figOrder.text(["first": name1, "seq1": timeline.events[a].seq, "t1": Self.seconds(timeline.events[a].t),
                                                 "second": name2, "seq2": timeline.events[b].seq, "t2": Self.seconds(timeline.events[b].t)])
            return Outcome(passed: passed, observed: observed, observation: observation)
        }
    }

    /// The value of a query (a metric or an aggregate), nil when the run has none, with how it reads.
    func value(of query: ClaimOperand) -> (value: JSONValue?, observed: String?) { value(query) }

    /// Distinct values, as shown, in the order they first occurred.
    static func inOrder(_ values: [JSONValue]) -> [String] {
        var seen: Set<String> = [], out: [String] = []
        for value in values where seen.insert(show(value)).inserted { out.append(show(value)) }
        return out
    }

    static func seconds(_ ns: Int64) -> String { String(format3: Double(ns) / 1e9) + " s" }

    /// A value as the learner reads it: whole numbers as they are, others with at most three decimals.
    static func show(_ value: JSONValue) -> String {
        guard case let .double(d) = value, d.rounded() != d else { return value.intValue.map(String.init) ?? value.displayText }
        return String(format3: d).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression)
    }
}

private extension ClaimEvaluator {
    /// What a compared operand measures; nil for a literal.
    static func quantity(_ operand: ClaimOperand) -> ClaimObservation.Quantity? {
        switch operand {
        case .number, .text: nil
        case let .metric(name): .metric(name)
        case let .aggregate(function, selector, field): .aggregate(function: function, kind: selector.kind, field: field)
        }
    }

    func eventFact(_ index: Int, pick: ClaimExpression.Pick? = nil) -> ClaimObservation.ObservedEvent {
        let e = timeline.events[index]
        return .init(pick: pick.flatMap { ClaimObservation.Pick(rawValue: $0.rawValue) }, seq: Int64(e.seq), t: e.t, kind: e.kind, process: e.process, pid: Int64(e.pid), thread: e.thread)
    }

    func matching(_ selector: EventSelector) -> [Int] {
        timeline.events.indices.filter { lookup.matches(selector, $0) }
    }

    func pick(_ pick: ClaimExpression.Pick, _ selector: EventSelector) -> Int? {
        pick == .first ? timeline.events.indices.first { lookup.matches(selector, $0) }
            : timeline.events.indices.last { lookup.matches(selector, $0) }
    }

    func quantified(_ quantifier: ClaimExpression.Quantifier, _ selector: EventSelector,
                    _ condition: EventCondition?) -> Outcome {
        let selected = matching(selector)
        let test = EventSelector(kind: "*", condition: condition)
        let holding = selected.filter { lookup.matches(test, $0) }
        func describe(_ i: Int) -> String {
            let e = timeline.events[i]
            return Phrase.figEvent.text(["seq": e.seq, "kind": e.kind, "process": e.process, "pid": e.pid, "thread": e.thread])
        }
        func outcome(_ passed: Bool, _ text: String, example: Int?) -> Outcome {
            Outcome(passed: passed, observed: text,
                    observation: .quantified(ClaimObservation.Quantifier(rawValue: quantifier.rawValue) ?? .all, kind: selector.kind, selected: selected.count, holding: holding.count,
                                             example: example.map { eventFact($0) }))
        }
        switch quantifier {
        case .all:
            guard !selected.isEmpty else { return outcome(false, Phrase.figNoEvents.text(["kind": selector.kind]), example: nil) }
            if let bad = selected.first(where: { !holding.contains($0) }) {
                return outcome(false, Phrase.figSomeNot.text(["bad": selected.count - holding.count, "n": selected.count, "example": describe(bad)]),
                               example: bad)
            }
            return outcome(true, Phrase.figAllDo.text(["n": selected.count, "example": describe(selected[0])]), example: selected[0])
        case .some:
            return holding.first.map { outcome(true, Phrase.figSomeDo.text(["n": holding.count, "example": describe($0)]), example: $0) }
                ?? outcome(false, selected.isEmpty ? Phrase.figNoEvents.text(["kind": selector.kind])
                    : Phrase.figNoneDo.text(["n": selected.count, "kind": selector.kind]), example: nil)
        case .none:
            return holding.first.map { outcome(false, Phrase.figSomeDo.text(["n": holding.count, "example": describe($0)]), example: $0) }
                ?? outcome(true, selected.isEmpty ? Phrase.figNoEvents.text(["kind": selector.kind])
                    : Phrase.figNoneDo.text(["n": selected.count, "kind": selector.kind]), example: nil)
        }
    }

    func value(_ operand: ClaimOperand) -> (JSONValue?, String?) {
        switch operand {
        case .number, .text:
            return (operand.literal, nil)
        case let .metric(name):
            let v = metric(name)
            return (v, "\(name) = \(v.map(Self.show) ?? "unknown")")
        case let .aggregate(function, selector, field):
            let selected = matching(selector)
            let values = field.map { f in selected.compactMap { lookup.value(f, of: $0) } } ?? []
            let v: JSONValue?
            switch function {
            case "count": v = .int(Int64(selected.count))
            case "distinct": v = .int(Int64(Set(values.map(\.displayText)).count))
            case "max": v = values.compactMap(\.doubleValue).max().map(JSONValue.double)
            case "min": v = values.compactMap(\.doubleValue).min().map(JSONValue.double)
            case "first": v = values.first
            case "last": v = values.last
            case "values": v = values.isEmpty ? nil : .string(Self.inOrder(values).joined(separator: ", "))
            default: v = .double(values.compactMap(\.doubleValue).reduce(0, +))
            }
            let label = ClaimOperand.aggregate(function, selector, field: field).description
            return (v, "\(label) = \(v.map(Self.show) ?? "none")")
        }
    }

    func metric(_ name: String) -> JSONValue? {
        let pool = PoolAnalysis(timeline)
        switch name {
        case "max_concurrent_tasks": return .int(Int64(pool.maxConcurrent))
        case "tasks_submitted": return .int(Int64(pool.submitted))
        case "tasks_started": return .int(Int64(pool.started))
        case "tasks_done": return .int(Int64(pool.finished))
        case "task_workers": return .int(Int64(pool.workers.count))
        case "callbacks": return .int(Int64(timeline.events.filter { $0.is(.poolCallback) }.count))
        case "exit_code": return timeline.trailer?.run.exitCode.map { .int(Int64($0)) }
        case "lost_events": return .int(Int64(timeline.lostEvents))
        case "duration": return .double(Double(timeline.durationNs) / 1e9)
        case "processes": return .int(Int64(timeline.processes.filter { $0.role == "main" || $0.role == "child" }.count))
        case "children": return .int(Int64(timeline.processes.filter { $0.role == "child" }.count))
        case "timed_out": return .bool(timeline.trailer?.run.timedOut ?? false)
        default: return nil
        }
    }
}
