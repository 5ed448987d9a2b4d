/// Where each pool task sits in the task list, by job and chunk index.
///
/// A map's submission names all its chunks at once: they get consecutive places, found by arithmetic, so a
/// third of a million chunks cost no hashing. Chunks that join a job as they start (imap, or a start seen
/// before its submission) are found through a dictionary. The last job asked for is remembered: a run's
/// events name the same job again and again.
struct TaskSlots {
    private struct Job {
        /// Chunks `0..<denseCount` sit at `denseBase + index`.
        var denseBase = 0
        var denseCount: Int64 = 0
        /// Every other chunk of the job, in the order it joined.
        var others: [Int64: Int] = [:]
        var otherOrder: [Int] = []
    }

    private var jobs: [Job] = []
    private var jobIndex: [Int64: Int] = [:]
    private var lastJob: (job: Int64, index: Int)?

    /// Gives a job that has no task yet consecutive places for `chunks` chunks, made at the end of `tasks`.
    mutating func makeRoom(job: Int64, chunks: Int64, in tasks: inout [PoolTask]) {
        let j = jobNumber(job)
        guard jobs[j].denseCount == 0, jobs[j].others.isEmpty else { return }
        jobs[j].denseBase = tasks.count
        jobs[j].denseCount = chunks
        tasks.reserveCapacity(tasks.count + Int(chunks))
        for c in 0..<chunks { tasks.append(PoolTask(job: JobScope.number(job), index: c)) }
    }

    /// The place of task (`job`, `index`), made at the end of `tasks` when it is new.
    mutating func slot(_ job: Int64, _ index: Int64, in tasks: inout [PoolTask]) -> Int {
        let j = jobNumber(job)
        if index >= 0, index < jobs[j].denseCount { return jobs[j].denseBase + Int(index) }
        if let existing = jobs[j].others[index] { return existing }
        jobs[j].others[index] = tasks.count
        jobs[j].otherOrder.append(tasks.count)
        tasks.append(PoolTask(job: JobScope.number(job), index: index))
        return tasks.count - 1
    }

    /// Calls `body` with the place of every task of `job`.
    func forEachSlot(of job: Int64, _ body: (Int) -> Void) {
        guard let j = jobIndex[job] else { return }
        for s in jobs[j].denseBase..<(jobs[j].denseBase + Int(jobs[j].denseCount)) { body(s) }
        for s in jobs[j].otherOrder { body(s) }
    }

    private mutating func jobNumber(_ job: Int64) -> Int {
        if let last = lastJob, last.job == job { return last.index }
        let j: Int
        if let known = jobIndex[job] {
            j = known
        } else {
            j = jobs.count
            jobIndex[job] = j
            jobs.append(Job())
        }
        lastJob = (job, j)
        return j
    }
}
