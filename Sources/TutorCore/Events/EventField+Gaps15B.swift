extension EventField {
    /// On `pool.submit` of apply_async()/apply(): the number of arguments a `str` or `bytes` given as `args` makes (the
    /// worker calls the function with `*args`, one per character or byte; gaps 15B).
    public static let argsString = "args_string"
}
