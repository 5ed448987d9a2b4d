extension String {
    /// `a + b + c + d + e`, made in one buffer of the exact size: string interpolation reserves a guess and
    /// grows (copies) past it, and `+` makes a string per step. A timeline row of a long run is put in words
    /// for `/` find a million times; its pieces (a mark, a task's name, a call, a result) are joined here.
    public static func joined(_ a: String, _ b: String, _ c: String = "", _ d: String = "", _ e: String = "") -> String {
        let total = a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count
        // Up to 15 bytes a string is held inline, without a buffer to size.
        guard total > 15 else { return a + b + c + d + e }
        var out = String()
        out.reserveCapacity(total)
        out += a
        out += b
        out += c
        out += d
        out += e
        return out
    }
}
