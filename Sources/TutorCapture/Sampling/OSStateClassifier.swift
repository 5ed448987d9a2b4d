import TutorCore

/// Turns samples into `os.state` observations: for each process, the stretches during which it was
/// mostly running on a CPU, ready (runnable, waiting for a CPU), or blocked (asleep, waiting for I/O,
/// a lock, a child...).
///
/// Between two samples of a process, the CPU-time and ready-time counters say how the interval was
/// spent; what neither covers was spent blocked. The largest share names the interval. Consecutive
/// intervals with the same name make one stretch, reported once, at its start.
enum OSStateClassifier {
    /// One stretch: an event for the transcript.
    struct Stretch: Sendable, Equatable {
        var pid: Int32
        var t: UInt64
        var state: String
        var durationNs: UInt64
        var cpuNs: UInt64
        var readyNs: UInt64
        var voluntarySwitches: Int
        var involuntarySwitches: Int
    }

    static func stretches(_ samples: [ProcessSample]) -> [Stretch] {
        var byPid: [Int32: [ProcessSample]] = [:]
        var order: [Int32] = []
        for sample in samples {
            if byPid[sample.pid] == nil { order.append(sample.pid) }
            byPid[sample.pid, default: []].append(sample)
        }
        var out: [Stretch] = []
        for pid in order {
            let series = byPid[pid]!.sorted { $0.t < $1.t }
            var current: Stretch?
            for (a, b) in zip(series, series.dropFirst()) where b.t > a.t {
                let dt = b.t - a.t
                let cpu = b.cpuNs >= a.cpuNs ? b.cpuNs - a.cpuNs : 0
                let ready = b.readyNs >= a.readyNs ? b.readyNs - a.readyNs : 0
                let blocked = dt > cpu + ready ? dt - cpu - ready : 0
                let state = b.state == "Z" ? "exited" : cpu >= ready && cpu >= blocked ? "running" : ready >= blocked ? "ready" : "blocked"
                let vcs = b.voluntarySwitches - a.voluntarySwitches, ivcs = b.involuntarySwitches - a.involuntarySwitches
                if var open = current, open.state == state {
                    open.durationNs += dt; open.cpuNs += cpu; open.readyNs += ready
                    open.voluntarySwitches += vcs; open.involuntarySwitches += ivcs
                    current = open
                } else {
                    if let open = current { out.append(open) }
                    current = Stretch(pid: pid, t: a.t, state: state, durationNs: dt, cpuNs: cpu, readyNs: ready,
                                      voluntarySwitches: vcs, involuntarySwitches: ivcs)
                }
            }
            if let open = current { out.append(open) }
        }
        return out.sorted { ($0.t, $0.pid) < ($1.t, $1.pid) }
    }
}
