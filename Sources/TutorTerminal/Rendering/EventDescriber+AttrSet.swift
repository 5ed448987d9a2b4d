import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The program's `name =` / `daemon =` on a Process (gaps 15A): a name set before Process.__init__() ran is lost to
    /// the default name __init__() gives; a set that raised (daemon after start()) changed nothing.
    func attrSetRow(_ index: Int) -> String {
        let e = timeline.events[index]
        let attr = e.string(Self.attrField) ?? "?"
        let values: KeyValuePairs<String, any CustomStringConvertible> = [
            "process": e.string(Self.processField) ?? "self", "attr": attr, "value": e.string(EventField.value) ?? "?",
            "error": e.string(EventField.error) ?? "?"]
        if e.string(EventField.error) != nil { return Phrase.evAttrSetFailed.text(values) }
        if e.bool(Self.beforeInitField) == true, attr == "name" { return Phrase.evAttrSetBeforeInit.text(values) }
        return Phrase.evAttrSet.text(values)
    }
}

private extension EventDescriber {
    static let attrField = "attr", processField = "named", beforeInitField = "before_init"
}
