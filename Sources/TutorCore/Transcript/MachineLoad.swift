/// How much the machine's other work slowed a run, measured while it ran (load 31): what a watchdog and a claim about
/// timing must know before they call a slow run hung or an order false.
public struct MachineLoad: Sendable, Equatable {
    /// The longest time one process of the run stood ready to run while the machine gave it no core (the kernel's
    /// run-queue delay, `/proc/PID/schedstat`), in ns.
    public var cpuWaitNs: Int64
    /// How much later than its limit the watchdog's deadline was set for that wait (0 when no watchdog, or none).
    public var watchdogExtraNs: Int64
    /// At the moment the watchdog stopped the run, a process of it was still waiting for a core: a slow run, not a hang.
    public var cutWhileWaiting: Bool
    /// Processes of other programs ready to run, on average over the run's samples (`/proc/loadavg`'s runnable count
    /// less the run's own and mp-tutor's).
    public var otherRunnable: Double
    /// The machine's online cores.
    public var cores: Int

    public init(cpuWaitNs: Int64, watchdogExtraNs: Int64 = 0, cutWhileWaiting: Bool = false, otherRunnable: Double, cores: Int) {
        self.cpuWaitNs = cpuWaitNs
        self.watchdogExtraNs = watchdogExtraNs
        self.cutWhileWaiting = cutWhileWaiting
        self.otherRunnable = otherRunnable
        self.cores = cores
    }

    /// `otherRunnable` to one decimal, as the screen says it.
    public var otherRunnableText: String {
        let tenths = Int((min(otherRunnable, 1e6) * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Other programs kept at least half the cores busy on average: claims that need free cores cannot be judged.
    public var isBusy: Bool { cores > 0 && otherRunnable * 2 >= Double(cores) }
}
