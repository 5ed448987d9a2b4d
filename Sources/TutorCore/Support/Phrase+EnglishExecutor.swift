extension Phrase {
    /// The English texts of concurrent.futures' rows, summary and notes, and the rows and notes added with them.
    static let englishExecutor: [Phrase: String] = [
        .evJoinGaveUp: "join({name}, timeout={timeout}) gave up{waited}: the child is still running",
        .evCallTook: " (the call took {duration})",
        .evImplicitJoin: "at exit, multiprocessing joins {name} (the program did not): waits for it to end",
        .evManagerRoundTrip: " (round trip to the manager)",
        .evManagerRoundTripWaited: " (round trip to the manager,{waited})",
        .evManagerRaised: " raised",
        .evTracerMissing: "the tracer found no {patch} in this Python: {kinds} could not be recorded",
        .evSomeEvents: "some events",
        .evPatchPoint: "patch point",
        .evExecutorCreate: "{object} created: max_workers {n}",
        .evFutureSubmit: "{method} → work item {work} {call}",
        .evFutureStart: "{mark} work item {work} {call}",
        .evFutureRaised: "{mark} work item {work} raised {result}",
        .evFutureDone: "{mark} work item {work} {arrow} {result}",
        .evFutureResult: "result of work item {work} arrives, sets its Future",
        .evFutureResultError: " (an exception: {error})",
        .evFutureWait: "waits in {call} of work item {work}",
        .evFutureWaitedRaised: "{call} of work item {work} raised {error}{waited}",
        .evFutureWaited: "{call} of work item {work} returned{waited}",
        .evExecutorBroken: "{object} is broken: {n} pending work item{s} fail with BrokenProcessPool",
        .evExecutorShutdown: "{object}.shutdown(wait={wait}) returned{waited}",
        .evPoolWaitFinish: "waits in {object}.{call} for the pool to finish (every result collected, then every worker ended)",
        .evPoolWaitTask: "waits in {call} for {task}",
        .evPoolWaited: "{call} for {task} returned{waited}",
        .evExitingOtherwise: "began to exit (code {code}), but was ended otherwise before it could: see its parent",
        .evChunkItems: "{func} × {n} item{s}: {args}",
        .spanWaitsIn: "waits in {what}",
        .spanStillBlocked: "still blocked in {what}",
        .blockPoolFinish: "{object} to finish (every result collected, then every worker ended)",
        .blockThePool: "the pool",
        .blockTaskOf: "{task} of {object}",
        .blockWorkItem: "work item {work}",
        .blockWorkItemOf: "work item {work} of {object}",
        .summaryExecutor: "{object}: {n} work item{s} submitted",
        .summaryExecutorMax: "{object} (max_workers {max}): {n} work item{s} submitted",
        .summaryExecutorRan: ", {n} ran ({list})",
        .summaryExecutorBack: ", {n} result{s} came back on its manager thread",
        .summaryExecutorRaised: ", {n} raised an exception",
        .summaryExecutorBroken: " · BROKEN: a worker process ended abruptly, so {n} pending work item{s} failed with BrokenProcessPool",
        .summarySilent: "; {n} recorded nothing of their own ({list})",
        .summaryTracerLacks: "this Python lacks what the tracer patches ({list}): the events it records are missing from this run, "
            + "and no note relies on them",
        .versionNotRecorded: "the run's Python version was not recorded: events may be missing",
        .versionUnverified: "Python {version}: the tracer was verified on {verified} only. Where this Python's multiprocessing differs, "
            + "events may be missing (the record says which patch points it could not find), and mp-tutor states no cause it could not observe.",
        .noteManagerLostUpdate: "{a} and {b} both read {old} from {object}; {a} wrote {theirs}, then {b} wrote {mine} without reading again. "
            + "If {b}'s value came from the {old} it read (as in `d[k] += 1`), {a}'s update was lost: each access was its own round trip "
            + "to the manager's server, and a read-modify-write needs one lock held around both (a `manager.Lock()` passed to every process).",
        .noteWorkerDiedIn: "{name} ended (exitcode {code}) while running work item {work}",
        .noteWorkerEnded: "a worker process of {object} ended abruptly",
        .noteTheExecutor: "the executor",
        .noteExecutorBroken: ". The executor cannot tell what that worker was doing, so it marks itself broken: its {n} pending "
            + "Future{s} fail with BrokenProcessPool and it stops its other workers. (A multiprocessing Pool does not notice: "
            + "a result lost with a worker keeps get() or map() waiting forever.)",
        .hangHolds: "holds {lock}",
        .hangIsJoinedChild: "is the child it joins",
        .hangWorkerEnded: "{worker} of {pool} ended{code} while running {task}",
        .hangAWorker: "a worker",
        .hangExitCode: " (exitcode {code})",
        .hangLostResult: "{who} waits in {call} for {what}, but {list}: that result will never come. A Pool replaces a dead worker "
            + "but does not notice the task it lost, so {call} waits forever; concurrent.futures.ProcessPoolExecutor fails such calls "
            + "with BrokenProcessPool instead.",
    ]
}
