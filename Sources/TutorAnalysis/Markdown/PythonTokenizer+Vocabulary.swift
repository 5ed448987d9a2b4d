import TutorCore

extension PythonTokenizer {
    /// Whether a name is a keyword, a builtin, or an ordinary identifier.
    static func kind(ofName name: String) -> PythonToken.Kind {
        if keywords.contains(name) { return .keyword }
        if builtins.contains(name) { return .builtin }
        return .identifier
    }

    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    /// Builtins a multiprocessing lesson is likely to show, plus the common exceptions.
    static let builtins: Set<String> = [
        "abs", "all", "any", "bool", "bytes", "callable", "chr", "dict", "dir", "divmod", "enumerate",
        "filter", "float", "format", "frozenset", "getattr", "hasattr", "hash", "hex", "id", "input", "int",
        "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min", "next", "object", "open",
        "ord", "pow", "print", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
        "str", "sum", "super", "tuple", "type", "vars", "zip", "self", "cls", "__name__", "__main__",
        "Exception", "BaseException", "ValueError", "TypeError", "KeyError", "IndexError", "RuntimeError",
        "OSError", "TimeoutError", "KeyboardInterrupt", "StopIteration", "NotImplementedError",
    ]
}
