extension Phrase {
    /// Names in a sentence: "a", "a and b", "a, b and c" (zh "a、b 和 c"): joined with `listComma`, the last one with
    /// `noteUnitHolderAnd` (gaps 26B: " and " between every two read "car-0 and car-1 and car-3").
    public static func andList(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: listComma.text()) + noteUnitHolderAnd.text() + last
    }
}
