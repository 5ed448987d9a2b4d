import Foundation
import TutorCore

/// The find prefilter's alphabets (each kind's fixed words) of one `FrequentRowWriter`, per language, made at the
/// first find in that language and kept: they hang on the catalog and the writer's marks, not on the needle, and
/// making them (a few dozen catalog texts cut and lower-cased) for each find was most of a short find's cost.
final class RowAlphabetCache: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [Language: RowPrefilter.Alphabets] = [:]

    /// The alphabets of `writer`'s rows in `language` (this cache's writer), or nil when it writes none in it.
    func alphabets(of writer: FrequentRowWriter, in language: Language) -> RowPrefilter.Alphabets? {
        guard let templates = language == .zh ? writer.chinese : writer.english else { return nil }
        if let alphabets = lock.withLock({ made[language] }) { return alphabets }
        let alphabets = RowPrefilter.Alphabets(writer: writer, templates: templates, language: language)
        lock.withLock { made[language] = alphabets }
        return alphabets
    }
}
