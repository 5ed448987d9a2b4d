import TutorCore

extension ClaimObservation {
    /// What the run showed, as a sentence in `language`: never the claim's query text.
    public func inWords(_ language: Language = .current) -> String {
        switch self {
        case let .value(quantity, value):
            return Self.words(quantity, value: value, language)
        case let .order(first, second, firstKind, secondKind):
            guard let first, let second else {
                return Phrase.observedNoMatch.text(in: language, ["kind": Phrase.eventKind(first == nil ? firstKind : secondKind, in: language)])
            }
            return Phrase.observedOrder.text(in: language, [
                "first": Self.picked(first, language), "t1": ClaimEvaluator.seconds(first.t), "seq1": first.seq,
                "second": Self.picked(second, language), "t2": ClaimEvaluator.seconds(second.t), "seq2": second.seq,
            ])
        case let .quantified(quantifier, kind, selected, holding, example):
            let kindWords = Phrase.eventKind(kind, in: language)
            let head: String
            if selected == 0 {
                head = Phrase.observedNoEvents.text(in: language, ["kind": kindWords])
            } else {
                switch quantifier {
                case .all where holding == selected:
                    head = Phrase.observedAllHold.text(in: language, ["n": selected, "kind": kindWords])
                case .all:
                    head = Phrase.observedSomeFail.text(in: language, ["n": selected, "bad": selected - holding, "kind": kindWords])
                case .some where holding == selected:
                    head = Phrase.observedFound.text(in: language, ["n": selected, "kind": kindWords])
                case .some, .none:
                    head = holding == 0 ? Phrase.observedNoneHold.text(in: language, ["n": selected, "kind": kindWords])
                        : Phrase.observedSomeHold.text(in: language, ["n": selected, "holding": holding, "kind": kindWords])
                }
            }
            guard let example else { return head }
            return head + Phrase.observedExample.text(in: language, [
                "seq": example.seq, "process": example.process, "pid": example.pid,
                "thread": TraceEvent.threadRole(of: example.thread), "t": ClaimEvaluator.seconds(example.t),
            ])
        case let .all(parts):
            return parts.map { $0.inWords(language) }.filter { !$0.isEmpty }
                .joined(separator: Phrase.listSeparator.text(in: language))
        case let .unreadable(message):
            return Phrase.claimCheckUnreadable.text(in: language, ["message": message])
        case let .notProved(problem):
            return Phrase.observedNotProved.text(in: language, ["problem": problem])
        case let .notJudgedBusy(load, shown):
            return Phrase.claimNotJudgedBusy.text(in: language, [
                "others": load.otherRunnableText, "cores": load.cores, "wait": Format.duration(ns: load.cpuWaitNs),
                "observed": shown.inWords(language)])
        case .nothing:
            return Phrase.observedNoValue.text(in: language)
        }
    }
}

private extension ClaimObservation {
    static let timeFields: Set<String> = ["duration", "ready", "cpu", "waited", "queued", "t", "blocked"]

    static func picked(_ event: ObservedEvent, _ language: Language) -> String {
        let phrase: Phrase = event.pick == .last ? .pickLast : .pickFirst
        return phrase.text(in: language, ["kind": Phrase.eventKind(event.kind, in: language)])
    }

    static func shown(_ value: JSONValue?, field: String?, _ language: Language) -> String {
        guard let value else { return Phrase.unknown.text(in: language) }
        if case let .bool(flag) = value { return (flag ? Phrase.yes : Phrase.no).text(in: language) }
        let number = ClaimEvaluator.show(value)
        return field.map { timeFields.contains($0) } == true ? number + " s" : number
    }

    static func words(_ quantity: Quantity, value: JSONValue?, _ language: Language) -> String {
        switch quantity {
        case let .metric(name):
            let phrases: [String: Phrase] = [
                "max_concurrent_tasks": .metricMaxConcurrentTasks, "tasks_submitted": .metricTasksSubmitted,
                "tasks_started": .metricTasksStarted, "tasks_done": .metricTasksDone, "task_workers": .metricTaskWorkers,
                "callbacks": .metricCallbacks, "exit_code": .metricExitCode, "lost_events": .metricLostEvents,
                "duration": .metricDuration, "processes": .metricProcesses, "children": .metricChildren,
                "timed_out": .metricTimedOut,
            ]
            let text = shown(value, field: nil, language)
            guard let phrase = phrases[name] else { return Phrase.observedValue.text(in: language, ["what": name, "value": text]) }
            return phrase.text(in: language, ["value": text])
        case let .aggregate(function, kind, field):
            let phrases: [String: Phrase] = ["count": .aggregateCount, "distinct": .aggregateDistinct, "max": .aggregateMax,
                                             "min": .aggregateMin, "sum": .aggregateSum]
            let phrase = phrases[function] ?? .aggregateSum
            return phrase.text(in: language, ["value": shown(value, field: field, language), "field": field ?? "",
                                              "kind": Phrase.eventKind(kind, in: language)])
        }
    }
}
