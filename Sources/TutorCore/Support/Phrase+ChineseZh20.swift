extension Phrase {
    /// The Chinese texts of zh20 (see `englishZh20`): a list of names or numbers is joined with the enumeration
    /// comma 、, as Chinese prose lists things; `listSeparator` (；) stays for lists of clauses.
    static let chineseZh20: [Phrase: String] = [
        .listComma: "、",
    ]
}
