import TutorCore

extension OSStateClassifier.Stretch {
    /// As an `os.state` event of the transcript.
    var observation: Observation {
        Observation(pid: pid, t: t, kind: .osState, fields: JSONObject([
            ("state", .string(state)), ("duration_ns", .int(Int64(durationNs))), ("cpu_ns", .int(Int64(cpuNs))),
            ("ready_ns", .int(Int64(readyNs))), ("voluntary_switches", .int(Int64(voluntarySwitches))),
            ("involuntary_switches", .int(Int64(involuntarySwitches))),
        ]))
    }
}
