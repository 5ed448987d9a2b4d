extension Phrase {
    /// The English texts of gaps 32A: a run of `result(timeout=…)` polls in one row, a pool's one worker ended before
    /// its run() began, and an executor's initializer failures beyond the three the panel names.
    static let englishGaps32A: [Phrase: String] = [
        .evResultPolls: "{n} call{s} of result(timeout={timeout}) raised TimeoutError, one after another over {span}: {items} had not finished (a timed-out result() leaves its work item queued or running)",
        .evResultPollsItemOne: "work item {list}",
        .evResultPollsItems: "work items {list}",
        .summaryPoolIdleNeverRanOne: " ({list} never began run(): it was ended while still starting, importing {main} as __mp_main__)",
        .panelExecutorInitRaisedMore: " (and in {n} more workers before them)",
        .noteTimedOutJob: "get() gave up on this job of {n} task{s} after {duration}, but that stopped none of them: a timeout of AsyncResult.get() ends only the wait: nothing is sent to the pool, and the job's tasks are left as they were (their results, if they all come, are kept for a later get()). Each task: {list}.",
        .noteTimedOutJobMore: "; {n} more not listed",
        .noteTimedOutJobDone: "{task} had finished at {t}",
        .noteTimedOutJobRunning: "{task} was running in {worker} (since {since}){after}",
        .noteTimedOutJobQueued: "{task} had not started{started}{after}",
        .noteTimedOutJobStarted: ", started at {t} in {worker}",
        .noteTimedOutJobFinished: ", finished at {t}",
        .noteTimedOutJobWorkerEnded: ", still unfinished when {worker} ended at {t} (exitcode {code})",
        .noteTimedOutJobRecordEnd: ", still unfinished when the record ends",
    ]
}
