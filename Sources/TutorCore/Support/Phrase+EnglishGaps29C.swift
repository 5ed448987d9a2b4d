extension Phrase {
    /// English texts of gaps 29C: computed choices in lesson questions.
    static let englishGaps29C: [Phrase: String] = [
        .lessonChoiceUnreadable: "the choice \"{choice}\" cannot be computed: {message}",
        .choiceTooLong: "an expression in braces is at most {max} characters long",
        .choiceTooDeep: "parentheses and calls nest at most {max} deep",
        .choiceUnexpected: "\"{token}\" is not expected here (numbers, parameter names, + - * / // %, or, parentheses and ceil, floor, round, abs, min, max)",
        .choiceExpected: "\"{token}\" is missing",
        .choiceEnds: "the expression ends where a number, a name or \"(\" was expected",
        .choiceUnknownFunction: "there is no function \"{name}\"; there are {list}",
        .choiceArguments: "{name}() cannot take {n} arguments",
        .choiceUnknownName: "\"{name}\" is not a numeric parameter of this lesson",
        .choiceTooManyNames: "an expression may use at most {max} parameters",
        .choiceDivideByZero: "it divides by zero when {values}",
        .choiceDivideByZeroAlways: "it divides by zero",
        .choiceOutOfRangeAlways: "its value is out of range",
        .checkNoChoiceRight: "no choice is this run's value; the choices were {choices}",
        .choiceOutOfRange: "its value is out of range when {values}",
    ]
}
