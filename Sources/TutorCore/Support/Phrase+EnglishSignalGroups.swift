extension Phrase {
    /// The English texts of a signal sent to a process group (os.killpg(), os.kill(0 or -pgid)) and of a probe
    /// (os.kill(pid, 0): nothing is sent).
    static let englishSignalGroups: [Phrase: String] = [
        .evSignalProbeCall: "os.kill(pid {pid}, 0)",
        .evSignalSentGroup: "{call} sends {signal} to process group {pgid}: every process in that group gets it",
        .evSignalSentOwnGroup: ", this process too (it is in that group)",
        .evSignalProbeGroup: "{call} with signal 0 on process group {pgid}: sends no signal, only checks that the group exists",
        .evSignalProbeExists: ": it does",
        .evSignalProbeNoProcess: ": no process has that pid (ProcessLookupError)",
        .evSignalProbeError: ": the call raised {error}",
    ]
}
