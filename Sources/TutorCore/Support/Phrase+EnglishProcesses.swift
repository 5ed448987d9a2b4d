extension Phrase {
    /// The English texts of Process objects and how processes start: a Process method that failed, set_executable(),
    /// set_forkserver_preload(), the start methods a run used.
    static let englishProcesses: [Phrase: String] = [
        .evSetExecutable: "set_executable({value}): the spawn and forkserver start methods start new processes with this interpreter (fork starts none)",
        .evSetPreload: "set_forkserver_preload({value}): the forkserver imports these modules when it starts (the forkserver start method only)",
        .evProcessError: "{op}() of {name} failed: {error}",
        .evProcessErrorUnnamed: "{op}() of a {name} object failed: {error} (the object has no name: Process.__init__ did not run on it)",
        .factStartMethodChildren: "default start method {method}; its processes were started with {methods}",
    ]
}
