/// How a call's recorded argument tuple reads in a note or a row.
public enum CallArguments {
    /// `(1, 2)` → `1, 2`; `(1,)` → `1`: a tuple's repr without its own brackets (anything else as it is).
    public static func inner(_ tuple: String?) -> String {
        guard let tuple, tuple.hasPrefix("("), tuple.hasSuffix(")") else { return tuple ?? "" }
        var inner = String(tuple.dropFirst().dropLast())
        if inner.hasSuffix(",") { inner.removeLast() }
        return inner
    }
}
