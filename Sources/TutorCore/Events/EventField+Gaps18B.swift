extension EventField {
    /// On `pool.task.end`: true when the task's exception was raised by the pool's own call of a Python function
    /// before the function's code began (its arguments did not fit; gaps 18B).
    public static let notEntered = "not_entered"
    /// On `process.signal`: true when the child ignored the signal (SIG_IGN) as it was sent (Linux; gaps 18B).
    public static let ignored = "ignored"
    /// On `process.spawn`: true when `target` names the class of an object whose `__call__` is the target (gaps 18B).
    public static let targetObject = "target_object"
}
