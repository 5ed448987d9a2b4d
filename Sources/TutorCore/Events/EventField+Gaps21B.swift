public extension EventField {
    /// Gaps 21B: a `process.boot`'s main module (`main`: the file's base name, or the module's name, the child imported
    /// as `__mp_main__`), and a `process.run.end`'s `target_makes` (`generator`, `coroutine`, `async_generator`: what
    /// calling the Process's target made, none of whose body ran).
    static let main = "main", targetMakes = "target_makes"
}
