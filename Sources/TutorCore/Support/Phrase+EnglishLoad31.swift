extension Phrase {
    /// The English texts of load 31: a watchdog that does not count the time a busy machine kept the run waiting for
    /// a core, and claims about timing that a busy run cannot judge.
    static let englishLoad31: [Phrase: String] = [
        .summaryWatchdogExtra: "the watchdog counted {limit} of the program's own time, from the tracer's first event, and did not count {extra} more: the start-up before that event and any time a process of the run stood ready to run with no free core",
        .summaryWatchdogCutWaiting: "when the watchdog stopped it, a process of the run was still waiting for a free core: this run was slowed by a busy machine, not seen hung (other programs kept {others} processes ready to run on {cores} cores); a longer --timeout or a quieter machine shows the whole run",
        .noteWatchdogCutWaiting: "the watchdog stopped the run after {limit} (not counting the {wait} in which its processes stood ready with no free core). Not a hang: at that moment a process of the run was still waiting for a core, the machine being busy. The rows below say what each process had reached, not where it was stuck.",
        .claimNotJudgedBusy: "not judged on this run: the claim needs free cores and the machine was busy (other programs kept {others} processes ready to run on {cores} cores on average; the run's processes stood ready with no core for {wait} in all). What the run showed: {observed}",
        .checkBusyLabel: "BUSY",
        .checkTotalsBusy: "{passed} passed, {failed} failed, {busy} not judged (the machine was busy: claims that need free cores were not checked)",
        .lessonClaimNeedsValue: "a claim's \"needs\" can only be \"free cores\" (the claim holds only when the machine has cores to spare), not \"{value}\"",
        .trMachineLoad: "\"{key}\" must be an object with whole ns (\"cpu_wait_ns\", \"watchdog_extra_ns\"), whole \"cores\" and a number of processes \"other_runnable\" (0 or more)",
    ]
}
