import TutorCore

extension TimelineBuilder {
    /// Each `current_process().name = …` the tracer saw, by the pid that renamed itself (gaps 28B). Only a set that
    /// carries `current_name`: the tracer writes it only when the Process renamed was the one running the code, so a
    /// parent's `p.name = …` on its copy of a started child renames no lane (the child keeps its name).
    static func processRenames(_ events: [TraceEvent], _ kinds: EventKindIndex) -> [Int32: [LaneRename]] {
        var renames: [Int32: [LaneRename]] = [:]
        for i in kinds.indices(of: [.processAttrSet]) {
            guard let name = events[i].string(EventField.currentName) else { continue }
            renames[events[i].pid, default: []].append(LaneRename(step: i, name: name))
        }
        return renames
    }
}
