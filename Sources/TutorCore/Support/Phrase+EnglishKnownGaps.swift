extension Phrase {
    /// The English texts of issue 11's known gaps closed after truth round 4: a fork the program made itself with
    /// os.fork() (the os calls that waited for it or signalled it), text found only at os._exit, a Manager proxy's copy
    /// changed in place.
    static let englishKnownGaps: [Phrase: String] = [
        .evOsFork: "os.fork() → {name}",
        .evOsWaitWait: "waits in {call} for {name}",
        .evOsWaitReturned: "{call} returned for {name}{waited}",
        .evOsWaitReaped: "{call} sees {name} end: exitcode {code}",
        .evExitViaOsExit: "os._exit({code}): ended at once (no cleanup, no flush)",
        .evExitUncaught: "exited, code 1 (an uncaught exception)",
        .evFoundAtExit: " (written here without a newline; the tracer found it {after} later, at os._exit)",
        .evOsKill: "os.kill(pid {pid}, {signal}) → {name}",
        .noteCalledOsKill: " ({by} sent it {signal} with os.kill())",
        .noteProxyCopy: "{who} read {place} through a Manager proxy and got a copy ({value}); its next step calls .{method}() on that copy: the change stays in the copy, and the Manager's object does not change (assign the changed value back to {place}, or store a nested proxy such as manager.list() there).",
        .noteProxyCopyLater: " Later {who} read {place}: {value}.",
        .noteBufferedLost: "{name} was ended by {signal} while its stdout was block-buffered (a pipe or file, without PYTHONUNBUFFERED or python -u): what it printed after its stdout was last flushed was still in its buffer and was lost, untraced as well. The tracer cannot see every flush (a full buffer flushes itself), so how much was lost cannot be known: its {n} print row{s} above may show text that never reached the output (print(..., flush=True) or PYTHONUNBUFFERED=1 would have sent each line at once).",
        .noteViewLostUpdates: "{writers} read-modify-wrote {place} through views of shared memory (a view takes no lock): each of the {writes} writes stored the value its writer had just read {step}. Had every update landed, {place} would have gone from {initial} to {full}; {reader} read {final} after every writer had ended: {landed} of the {writes} updates landed and {lost} were lost (two writers read the same value, and the later write replaced the earlier). Hold the object's get_lock() around each read and write.",
    ]
}
