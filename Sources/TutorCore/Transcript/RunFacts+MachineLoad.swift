/// The trailer's `run.machine_load` (load 31): how busy the machine was while the run ran. Read as hostile input: every
/// number range-checked; a file without it (recorded before) has no figures, so nothing is called busy.
extension RunFacts {
    var machineLoadJSON: [(String, JSONValue)] {
        guard let load = machineLoad else { return [] }
        return [("machine_load", .object(JSONObject([
            ("cpu_wait_ns", .int(load.cpuWaitNs)), ("watchdog_extra_ns", .int(load.watchdogExtraNs)),
            ("cut_while_waiting", .bool(load.cutWhileWaiting)),
            ("other_runnable", .double((load.otherRunnable * 100).rounded() / 100)), ("cores", .int(Int64(load.cores))),
        ])))]
    }

    mutating func readMachineLoad(_ o: JSONObject) throws(TranscriptDecodingError) {
        guard let value = o["machine_load"], value != .null else { return }
        guard let entry = value.objectValue else { throw TranscriptDecodingError(Phrase.trMachineLoad.text(["key": "machine_load"])) }
        let wait = try TranscriptLimits.int(entry["cpu_wait_ns"], "machine_load.cpu_wait_ns", TranscriptLimits.moment) ?? 0
        let extra = try TranscriptLimits.int(entry["watchdog_extra_ns"], "machine_load.watchdog_extra_ns", TranscriptLimits.moment) ?? 0
        let cores = try TranscriptLimits.int(entry["cores"], "machine_load.cores", TranscriptLimits.cpus) ?? 0
        // The same bound as a timeout's seconds: a count of processes, finite and not negative.
        let others = entry["other_runnable"].map { $0 == .null ? 0 : $0.doubleValue ?? -1 } ?? 0
        guard others.isFinite, TranscriptLimits.seconds.contains(others) else {
            throw TranscriptDecodingError(Phrase.trMachineLoad.text(["key": "machine_load.other_runnable"]))
        }
        machineLoad = MachineLoad(cpuWaitNs: wait, watchdogExtraNs: extra, cutWhileWaiting: entry["cut_while_waiting"]?.boolValue ?? false,
                                  otherRunnable: others, cores: Int(cores))
    }

    /// When the watchdog's deadline fell, in ns from the run's start: its limit plus the time it did not count
    /// because the run's processes were waiting for a core (load 31); nil without a watchdog.
    public var watchdogStopNs: Int64? {
        timeoutSeconds.map { Int64($0 * 1e9) + (machineLoad?.watchdogExtraNs ?? 0) }
    }
}
