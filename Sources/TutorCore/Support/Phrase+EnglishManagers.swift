extension Phrase {
    /// The English texts of a Manager's start, server, shutdown and answers, and what its proxies return (a copy, the
    /// figures of a lost update).
    static let englishManagers: [Phrase: String] = [
        .evManagerNoAnswer: " (no answer: the connection to the manager failed)",
        .evManagerStartWaited: "{object} started: server pid {pid} (start() waited {duration} for the server process to be up)",
        .evManagerShutdown: "{object}.shutdown(): asks its server process to stop",
        .evManagerShutdownWith: "leaving the with-block shuts {object} down: asks its server process to stop",
        .evManagerShutdownAtExit: "at exit, multiprocessing shuts {object} down (the program did not): asks its server process to stop",
        .noteProxyCopy: "{who} read {place} through a Manager proxy and got a copy ({value}); its next step calls .{method}() on that copy: the change stays in the copy, and the Manager's object does not change (assign the changed value back to {place}, or store a nested proxy such as manager.list() there).",
        .noteProxyCopyLater: " Later {who} read {place}: {value}.",
        .evManagerStartWait: "{type}.start() waits for its server process to start and send its address",
        .evManagerStartFailed: "{type}.start() raised {error}{waited}: its server process (pid {pid}) never sent its address",
        .evManagerStartFailedNoServer: "{type}.start() raised {error}{waited}: no server process was started",
        .waitManagerServer: "{type}'s server process to send its address",
        .evManagerAsked: " (sent to the manager at this moment; the server ran it during the {duration} round trip that followed)",
        .noteProxyLostFigures: " The values prove the whole figure: each of the {writes} writes to {place} ({writers}) stored the value its writer had just read {step}. Had every update landed, {place} would have gone from {initial} to {full}; {reader} read {final} in a call sent after every write's answer had come back: {landed} of the {writes} updates landed, {lost} lost.",
        .hangManagerServerSilent: "{who} {what} since {t}, and that server process, {server} (pid {pid}), was still running: it had neither sent its address nor ended. A manager's server sends its address only once it is set up, after the initializer given to start() has returned, so something in {server} never finished (an initializer that blocks or loops forever hangs start() this way); start() has no timeout.",
        .evManagerServe: "serve_forever(): this process is now a manager's server at {address}; it answers clients until the process ends, each client's connection served by a thread the server names after that client",
    ]
}
