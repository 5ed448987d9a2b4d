/// How a call's recorded argument tuple reads in a note or a row.
public enum CallArguments {
    /// `(1, 2)` → `1, 2`; `(1,)` → `1`: a tuple's repr without its own brackets (anything else as it is).
    /// A tuple's repr cut at 80 characters (`('word word ...`) loses its closing bracket, not its opening one:
    /// `parse(('word word ...` read as a call with a tuple argument (round 14F), so the bracket goes there too.
    public static func inner(_ tuple: String?) -> String {
        if let tuple, tuple.hasPrefix("("), !tuple.hasSuffix(")"), tuple.hasSuffix(Self.cut) { return String(tuple.dropFirst()) }
        guard let tuple, tuple.hasPrefix("("), tuple.hasSuffix(")") else { return tuple ?? "" }
        var inner = String(tuple.dropFirst().dropLast())
        if inner.hasSuffix(",") { inner.removeLast() }
        return inner
    }

    /// The arguments of a call made as `func(*args)` (a Pool task's, an initializer's), as the call gets them: a
    /// tuple's items (`inner`); anything else after a `*`, as Python unpacks it. `apply_async(f, (5))` passes the
    /// int 5, not a tuple, and the worker calls `f(*5)`; `("abc")` is a str, and `f(*'abc')` gets three arguments:
    /// shown as `f(5)` and `f('abc')` these rows named calls that never happened (round 13).
    public static func unpacked(_ args: String?) -> String {
        guard let args, !args.isEmpty else { return "" }
        return args.hasPrefix("(") ? inner(args) : "*" + args
    }

    /// How the tracer ends a repr it cut (describe.py `short_repr`).
    static let cut = "..."

    /// True when a call's recorded `args` are not a tuple (see `unpacked`).
    public static func isNotTuple(_ args: String?) -> Bool {
        guard let args, !args.isEmpty else { return false }
        return !args.hasPrefix("(")
    }
}
