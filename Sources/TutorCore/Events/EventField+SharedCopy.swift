extension EventField {
    /// shared.create of `sharedctypes.copy(obj)` (gaps 24A): the traced object copied (the tracer writes its key, the
    /// labeller replaces it by its label, `Value#2`): the copy is new shared memory holding what that one held then.
    public static let copyOf = "copy_of"
}
