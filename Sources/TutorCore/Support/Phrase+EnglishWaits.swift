extension Phrase {
    /// The English texts of waits on several work items, on a manager's answer, and a lost update through a proxy.
    static let englishWaits: [Phrase: String] = [
        .waitInCall: "waits in {call} for {what}",
        .waitManager: "waits in {object}.{method}() for the manager's answer",
        .waitWorkItems: "work item{s} {list} of {object}",
        .waitFutures: "{n} Future{s}",
        .waitShutdown: "{object} to run its {n} unfinished work item{s} and stop its workers",
        .waitShutdownUnknown: "{object} to finish its work items and stop its workers",
        .waitTaskOf: "{task} of {object}",
        .hangPoolFinish: "{object} to finish (every result collected, then every worker ended)",
        .evExecutorWait: "waits in {call} for {what}",
        .evExecutorWaited: "{call} returned{waited}{pending}",
        .evExecutorGaveUp: "{call} gave up: timed out{waited}{pending}",
        .evStillPending: " · {n} still not done",
        .evManagerWait: "sends {object}.{method}({args}): waits for the manager's answer",
        .hangWorkRunning: "{worker} started work item {work} at {t} and never finished it",
        .noteLostUpdateOverlap: "{a} and {b} both read {old} from {object} before either wrote back; then {a} wrote {theirs} and {b} wrote {mine}, neither reading again. Their round trips overlapped, so the record cannot show which write the server ran second, but that one replaced the other unseen. If each value came from the {old} it read (as in `d[k] += 1`), one update was lost: each access was its own round trip to the manager's server, and a read-modify-write needs one lock held around both (a `manager.Lock()` passed to every process).",
        .noteLostUpdatesProved: " The record proves {n} such lost updates in this run; more may hide where the round trips overlap too much to tell.",
        .watchdogBlocked: "{name} (pid {pid}) {what} since {t}",
        .evExitingSignal: "began to exit (code {code}), but {signal} ended it first: exitcode {real}, as its parent saw",
        .evExitingOther: "began to exit (code {code}), but ended with exitcode {real}, as its parent saw",
        .evExitingUnseen: "began to exit (code {code}), but was ended otherwise before it could: see its parent",
        .hangWaitsOnWork: "{who} {what} since {t}: {parts}.",
        .hangWorkQueued: "work item {work} was submitted but no worker started it",
        .noteLostUpdateManager: "{a} and {b} both read {old} from {object}; {a} wrote {theirs}, then {b} wrote {mine} without reading again. If {b}'s value came from the {old} it read (as in `d[k] += 1`), {a}'s update was lost: each access was its own round trip to the manager's server, and a read-modify-write needs one lock held around both (a `manager.Lock()` passed to every process).",
    ]
}
