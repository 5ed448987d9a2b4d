import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The program's `name =` / `daemon =` on a Process (gaps 15A): a name set before Process.__init__() ran is lost to
    /// the default name __init__() gives; a set that raised (daemon after start()) changed nothing.
    func attrSetRow(_ index: Int) -> String {
        let e = timeline.events[index]
        let attr = e.string(EventField.attr) ?? "?"
        let values: KeyValuePairs<String, any CustomStringConvertible> = [
            "process": e.string(EventField.named) ?? "self", "attr": attr, "value": e.string(EventField.value) ?? "?",
            "error": e.string(EventField.error) ?? "?"]
        if e.string(EventField.error) != nil { return Phrase.evAttrSetFailed.text(values) }
        if e.bool(EventField.beforeInit) == true, attr == "name" { return Phrase.evAttrSetBeforeInit.text(values) }
        return Phrase.evAttrSet.text(values)
    }
}
