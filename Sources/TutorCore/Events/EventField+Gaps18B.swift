extension EventField {
    /// On `pool.task.end`: true when the task's exception was raised by the pool's own call of a Python function
    /// before the function's code began (its arguments did not fit; gaps 18B).
    public static let notEntered = "not_entered"
    /// On `process.signal`: true when the child ignored the signal (SIG_IGN) as it was sent (Linux; gaps 18B).
    public static let ignored = "ignored"
}
