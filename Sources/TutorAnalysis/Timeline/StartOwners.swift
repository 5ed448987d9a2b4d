/// Which executor a `future.start` belongs to, asked start by start in the run's order (`ExecutorFigures.owners`'
/// rule). Work items are numbered per executor, so a start is given to the one executor that submitted its number
/// before it and has not had that number started yet; when two could own it, it is given to neither (and not
/// counted), never guessed. Where it ran narrows it first: a ThreadPoolExecutor's items run in the process that made
/// it, a ProcessPoolExecutor's on the main thread of another one (a worker process may number its own thread pool's
/// items 0, 1, 2 while the parent's item 2 is still waiting: round 6A).
struct StartOwners {
    /// The slot of each label, in the order of the labels (a label twice is two candidates, so never an owner).
    private let slotOfLabel: [Int]
    /// Per slot, by work number: `submittedFlag`, `startedFlag`.
    private var work: [WorkNumberFlags]
    /// A worker process an executor's submit() started runs only that executor's items (recorded since the third
    /// review): its slot, or -1 for an executor that is no label (then no label may own its items).
    private var workerOf: [Int32: Int] = [:]
    /// The process that made each executor, and whether its workers are threads of that process (nil: not recorded).
    private var madeIn: [(pid: Int32, threads: Bool)?]
    /// How many labels each slot has (a slot of two labels is two candidates).
    private let labelsOfSlot: [Int]
    /// Per work number, the slots that submitted it and have not had it started (its flags exactly `submittedFlag`):
    /// a start weighs only these. Weighing every label at each start was quadratic in a run that makes an executor
    /// per batch of work (every start against every executor made before it; perf 36).
    /// Kept only for many labels: for a few, weighing each label costs less than keeping the table.
    private var pending: [Int64: [Int]] = [:]
    private let keepsPending: Bool
    static let pendingFrom = 8

    private static let submittedFlag: UInt8 = 1
    private static let startedFlag: UInt8 = 2

    init(slotOfLabel: [Int], slotCount: Int) {
        self.slotOfLabel = slotOfLabel
        work = Array(repeating: WorkNumberFlags(), count: slotCount)
        madeIn = Array(repeating: nil, count: slotCount)
        var labels = Array(repeating: 0, count: slotCount)
        for slot in slotOfLabel where labels.indices.contains(slot) { labels[slot] += 1 }
        labelsOfSlot = labels
        keepsPending = slotOfLabel.count >= Self.pendingFrom
    }

    mutating func made(_ slot: Int, in pid: Int32, threads: Bool) { madeIn[slot] = (pid, threads) }

    mutating func worker(_ pid: Int32, of slot: Int) { workerOf[pid] = slot }

    mutating func submitted(_ number: Int64, to slot: Int) {
        let before = work[slot].flags(number) & (Self.submittedFlag | Self.startedFlag)
        work[slot].insert(Self.submittedFlag, number)
        if keepsPending, before == 0 { pending[number, default: []].append(slot) }
    }

    /// The slot that owns a start of work item `number` in process `pid` (nil: none, or two could), marked started there.
    mutating func owner(ofStart number: Int64, pid: Int32, mainThread: Bool) -> Int? {
        let only = mainThread ? workerOf[pid] : nil
        guard keepsPending else { return weighingEveryLabel(number, pid: pid, mainThread: mainThread, only: only) }
        guard let slots = pending[number] else { return nil }
        var slot = -1, candidates = 0
        for x in slots where labelsOfSlot[x] > 0 && (only == nil || only == x)
            && madeIn[x].map({ made in made.threads ? made.pid == pid : made.pid != pid && mainThread }) != false {
            slot = x
            candidates += labelsOfSlot[x]
        }
        guard candidates == 1 else { return nil }
        work[slot].insert(Self.startedFlag, number)
        let rest = slots.filter { $0 != slot }
        pending[number] = rest.isEmpty ? nil : rest
        return slot
    }

    /// The same rule for a few labels: each label weighed in turn.
    private mutating func weighingEveryLabel(_ number: Int64, pid: Int32, mainThread: Bool, only: Int?) -> Int? {
        var candidate = -1, candidates = 0
        for (k, x) in slotOfLabel.enumerated()
        where work[x].flags(number) & (Self.submittedFlag | Self.startedFlag) == Self.submittedFlag && (only == nil || only == x)
            && madeIn[x].map({ made in made.threads ? made.pid == pid : made.pid != pid && mainThread }) != false {
            candidate = k
            candidates += 1
        }
        guard candidates == 1 else { return nil }
        let slot = slotOfLabel[candidate]
        work[slot].insert(Self.startedFlag, number)
        return slot
    }
}
