/// An English template's singular or plural words for a count named in it (gaps 38A): `{n?process|processes}`,
/// `{put?was|were}`, `{chunks?|s}`. `{s}` gives the plural ending of `n` only; a count under another name, or a plural
/// that is not "+s", had "(s)" or a bare plural ("1 acquisitions", "so 1 are unfinished").
struct PluralChoice {
    /// The value whose number chooses.
    let key: String
    let singular: Substring
    let plural: Substring

    /// `name` read as `key?singular|plural`, or nil when it is a plain placeholder.
    init?(_ name: String) {
        guard let mark = name.firstIndex(of: "?"), let bar = name[mark...].firstIndex(of: "|") else { return nil }
        key = String(name[..<mark])
        singular = name[name.index(after: mark)..<bar]
        plural = name[name.index(after: bar)...]
        guard !key.isEmpty else { return nil }
    }

    /// The number a filled-in count reads as: "1,200" (a count with separators) is 1200; a value that is no number
    /// ("many") gives nil, and no plural is made up for it.
    static func count(_ value: String) -> Int? {
        if let n = Int(value) { return n }
        return Int(value.filter { $0 != "," && $0 != "\u{202F}" && $0 != "\u{00A0}" })
    }

    /// The words for `n`: the singular for exactly 1 (and −1), the plural otherwise ("0 items").
    func pick(_ n: Int) -> String { String(abs(n) == 1 ? singular : plural) }
}
