import Foundation

/// The language mp-tutor speaks to the learner: English or Chinese.
///
/// It is chosen once per run, before anything is printed (`--lang`, then `MP_TUTOR_LANG`, then the locale),
/// and every layer that talks to the learner reads `Language.current`. Transcripts never depend on it:
/// a run recorded in one language replays in the other.
public enum Language: String, Sendable, CaseIterable {
    case en, zh

    /// The language the process speaks now; English until `CommandLineTool` chooses.
    public static var current: Language {
        get { box.value }
        set { box.value = newValue }
    }

    /// Runs `body` with `language` as the current one, then puts the previous one back (for tests).
    public static func with<T>(_ language: Language, _ body: () throws -> T) rethrows -> T {
        let previous = current
        current = language
        defer { current = previous }
        return try body()
    }

    /// The language asked for: the `--lang` value if given, else `MP_TUTOR_LANG`, else the first of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set (a `zh…` locale means Chinese), else English.
    public static func choose(flag: String?, environment: [String: String]) throws -> Language {
        if let flag {
            guard let language = named(flag) else {
                throw MPTutorError.usage(Phrase.langNeedsValue.text(["value": flag]))
            }
            return language
        }
        if let setting = environment["MP_TUTOR_LANG"], !setting.isEmpty {
            // A bad variable is not worth refusing to start over: it is read like a locale.
            return named(setting) ?? fromLocale(setting)
        }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let locale = environment[key], !locale.isEmpty { return fromLocale(locale) }
        }
        return .en
    }

    /// `zh`, `en`, and the spellings learners type (`cn`, `chinese`, `中文`, `english`).
    public static func named(_ text: String) -> Language? {
        switch text.lowercased() {
        case "zh", "cn", "chinese", "中文", "zh-cn", "zh_cn", "zh-hans": .zh
        case "en", "english", "en-us", "en_us": .en
        default: nil
        }
    }

    /// `zh_CN.UTF-8`, `zh_TW`, `zh` → Chinese; anything else (`C`, `POSIX`, `en_GB.UTF-8`) → English.
    static func fromLocale(_ locale: String) -> Language {
        locale.lowercased().hasPrefix("zh") ? .zh : .en
    }

    private static let box = LanguageBox()
}

#if canImport(Synchronization) && os(Linux)
import Synchronization

/// The current language, atomic: it is set once on the main thread but read by the step view's threads,
/// once per text (a lock taken a few million times a second by the search index and the view together).
private final class LanguageBox: Sendable {
    private let stored = Atomic<UInt8>(0)

    var value: Language {
        get { stored.load(ordering: .relaxed) == 1 ? .zh : .en }
        set { stored.store(newValue == .zh ? 1 : 0, ordering: .relaxed) }
    }
}
#else
/// The current language behind a lock: it is set once on the main thread but read by the step view's threads.
private final class LanguageBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Language.en

    var value: Language {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
#endif
