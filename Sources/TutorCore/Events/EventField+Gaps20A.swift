public extension EventField {
    /// Gaps 20A: a `helper.launch`'s helper process (`resource_tracker`, `forkserver`) and its pid.
    static let helper = "helper", helperPid = "helper_pid"
}

public extension EventField {
    /// Gaps 20A: a `shared.write` of an int that did not fit its C type: the program's int (`given`), the type's size
    /// (`bits`) and whether it is signed (`signed`); `value` is what it stored.
    static let given = "given", bits = "bits", signed = "signed"
}
