extension Phrase {
    /// The English texts of gaps 38B (issue 11): whose run() a Process subclass's child runs, a forkserver child's two
    /// parents.
    static let englishGaps38B: [Phrase: String] = [
        .evSpawnRunOwner: " · runs {owner}.run()",
        .evStartedChildForkserver: "{process} started (pid {pid}, parent {ppid}, the forkserver, which forked it; multiprocessing's parent {parent}: os.getppid() gives the first, parent_process() and the Process's repr the second)",
        .evStartedAfterBootForkserver: "{process} starts run() (pid {pid}, parent {ppid}, the forkserver, which forked it; multiprocessing's parent {parent}): its import of {main} is done",
        .panelCondition: "condition",
        .panelConditionRow: "{label} (its lock {lock}): ",
        .panelConditionRowNoLock: "{label}: ",
        .panelConditionNoWaiter: "no one waits on it",
        .panelConditionWaiting: "waiting: {list}",
        .panelConditionNotified: " (notified at {t}, its wait() not yet returned)",
        .panelConditionLastNotify: "last {call} by {who} at {t}",
        .panelConditionWaitingThen: " ({n} waiting then)",
        .panelManagerObject: "manager",
        .panelManagerObjectRow: "{label} ({type}, kept in the manager's process): ",
        .panelManagerLength: "len() was {n} when {who} asked at {t}",
        .panelManagerLengthUnseen: "its length not in the record (no len() call yet)",
        .panelManagerLastCalls: "last calls: {list}",
        .panelManagerCallRaised: "{call} raised {error}",
    ]
}
