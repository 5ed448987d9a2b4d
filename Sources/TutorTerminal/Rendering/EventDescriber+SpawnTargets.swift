import TutorCore
import TutorAnalysis

/// A start row's target (gaps 17B): the function the child will run, named by the tracer when `start()` was called.
extension EventDescriber {
    /// ` · target <listcomp>.<lambda>; the variables it reads … held i=2 …`, or "" when the tracer named none (a run of
    /// an older tracer, multiprocessing's own targets, a callable that is not a function).
    func spawnTarget(_ e: TraceEvent) -> String {
        guard let target = e.string(EventField.target) else { return "" }
        // a callable object, named by its class (gaps 18B): it has no closure nor defaults of its own
        if e.bool(EventField.targetObject) == true { return Phrase.evSpawnTargetObject.text(["target": target]) }
        var text = Phrase.evSpawnTarget.text(["target": target])
        if let closure = e.string(EventField.closure), !closure.isEmpty { text += Phrase.evSpawnTargetClosure.text(["closure": closure]) }
        if let defaults = e.string(EventField.defaults), !defaults.isEmpty { text += Phrase.evSpawnTargetDefaults.text(["defaults": defaults]) }
        return text
    }
}
