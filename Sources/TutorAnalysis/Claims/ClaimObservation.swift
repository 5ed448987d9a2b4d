import TutorCore

/// What a run showed about one claim, as facts rather than text, so that it can be said in words in
/// either language (`ClaimObservation+Words.swift`). The claim's query text is never part of it.
public indirect enum ClaimObservation: Sendable, Equatable {
    /// A number the claim compared: a metric of the run or an aggregate over events; nil when there is none.
    case value(Quantity, JSONValue?)
    /// Where the two events an order claim compares were; nil for a side nothing matched.
    case order(ObservedEvent?, ObservedEvent?, firstKind: String, secondKind: String)
    /// How many of the selected events met the condition of an `all`/`some`/`none` claim.
    case quantified(Quantifier, kind: String, selected: Int, holding: Int, example: ObservedEvent?)
    /// The parts of a claim joined by `and`.
    case all([ClaimObservation])
    /// The check could not be read (a lesson author's mistake).
    case unreadable(String)
    /// The run did not record (a full temporary folder, a silent tracer), so the claim was not judged.
    case notProved(String)
    /// A claim that needs free cores did not hold on a run that measured a busy machine (load 31): not judged;
    /// what the run showed is kept, to be said after why.
    case notJudgedBusy(MachineLoad, ClaimObservation)
    /// Nothing to say (a claim made only of literals).
    case nothing

    /// A metric (`max_concurrent_tasks`) or an aggregate (`count`, `distinct`, `max`, `min`, `sum`) over a kind.
    public enum Quantity: Sendable, Equatable {
        case metric(String)
        case aggregate(function: String, kind: String, field: String?)
    }

    /// Which claims' quantifier: every selected event, at least one, or none.
    public enum Quantifier: String, Sendable { case all, some, none }

    /// The first or the last of the selected events.
    public enum Pick: String, Sendable { case first, last }

    /// One event of the run, as an observation names it.
    public struct ObservedEvent: Sendable, Equatable {
        public var pick: Pick?
        public var seq: Int64
        public var t: Int64
        public var kind: String
        public var process: String
        public var pid: Int64
        public var thread: String
    }
}
