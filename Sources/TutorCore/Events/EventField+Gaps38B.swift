extension EventField {
    /// On `process.spawn`: the qualname of the class whose own `run` the child runs (a Process subclass's), when it is
    /// not multiprocessing's own run() (which calls the target; gaps 38B).
    public static let runOwner = "run_owner"
}
