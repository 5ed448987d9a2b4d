import Foundation

/// Where mp-tutor writes: standard output for results, standard error for errors.
public enum Console {
    public static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
