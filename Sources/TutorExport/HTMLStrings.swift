import TutorCore

/// Every word the HTML page says of its own, keyed for its script: the texts are the `page…` entries of
/// the phrase catalog (`Phrase+EnglishPage.swift`, `Phrase+ChinesePage.swift`), in the language asked for.
public enum HTMLStrings {
    /// The page's keys and their phrases.
    static let keys: [(key: String, phrase: Phrase)] = [
        ("lanes", .pageLanes),
        ("time", .pageTime),
        ("seconds", .pageSeconds),
        ("zoomIn", .pageZoomIn),
        ("zoomOut", .pageZoomOut),
        ("fit", .pageFit),
        ("showHelpers", .pageShowHelpers),
        ("largeType", .pageLargeType),
        ("dark", .pageDark),
        ("step", .pageStep),
        ("of", .pageOf),
        ("stateTitle", .pageStateTitle),
        ("eventTitle", .pageEventTitle),
        ("because", .pageBecause),
        ("leadsTo", .pageLeadsTo),
        ("notesTitle", .pageNotesTitle),
        ("summaryTitle", .pageSummaryTitle),
        ("provesTitle", .pageProvesTitle),
        ("held", .pageHeld),
        ("failed", .pageFailed),
        ("observed", .pageObserved),
        ("noClaims", .pageNoClaims),
        ("legend", .pageLegend),
        ("legendTask", .pageLegendTask),
        ("legendCallback", .pageLegendCallback),
        ("legendHold", .pageLegendHold),
        ("legendWait", .pageLegendWait),
        ("legendOS", .pageLegendOS),
        ("legendArrow", .pageLegendArrow),
        ("queueDepth", .pageQueueDepth),
        ("linkDelivery", .pageLinkDelivery),
        ("linkHandOff", .pageLinkHandOff),
        ("linkTask", .pageLinkTask),
        ("linkSpawn", .pageLinkSpawn),
        ("linkReap", .pageLinkReap),
        ("linkWake", .pageLinkWake),
        ("keys", .pageKeys),
        ("inView", .pageInView),
        ("lost", .pageLost),
        ("incomplete", .pageIncomplete),
        ("nothingYet", .pageNothingYet),
        ("open", .pageOpen),
        ("lessonTitle", .pageLessonTitle),
        ("runTitle", .pageRunTitle),
    ]

    /// The table for `language` (`en`, `zh`; anything else counts as English), with `lang` the page's language.
    public static func table(for language: String) -> [(key: String, text: String)] {
        let chosen = Language(rawValue: String(language.lowercased().prefix(2))) ?? .en
        return [("lang", chosen.rawValue)] + keys.map { ($0.key, $0.phrase.text(in: chosen)) }
    }
}
