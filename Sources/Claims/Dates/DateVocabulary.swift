import Places

/// Every word the date parsers look at: month names and their abbreviations, weekday
/// names, number words, units of time and the small words around them. A word of the
/// sentence that is not listed here is simply not part of any date expression.
enum DateWord: String, CaseIterable, Sendable {
    // Months, then their abbreviations ("may" is both).
    case january, february, march, april, may, june, july, august, september, october, november, december
    case jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec
    // Weekdays.
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday
    // Number words and vague quantities.
    case one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve
    case thirteen, fourteen, fifteen, sixteen, seventeen, eighteen, nineteen, twenty, thirty
    case a, an, couple, few, several, half, little, bit, so
    // Words that make a count approximate.
    case about, around, nearly, almost, approximately, roughly, over, more, less, than, least, just, only
    case someWord = "some"
    // Units of time and parts of a day.
    case day, days, week, weeks, month, months, year, years, night, morning, afternoon, evening
    // Prepositions and conjunctions.
    case on, at, during, throughout, since, ever, of, until, till, by, from, before, after, within, through, between, and, or, to
    case inWord = "in"
    case forWord = "for"
    // Relative words.
    case the, this, last, next, past, previous, preceding, following, coming, current, same, that, other
    case earlier, later, ago, afterwards, afterward, previously, prior, then
    case early, late, mid, middle, end, beginning, start, first, second, eve
    case recently, lately, recent, today, tonight, yesterday, tomorrow, weekend, overnight
    // "it has been six weeks since": a time elapsed up to publication.
    case been
    // Seasons of a named year ("the summer of 2016", "spring 2017"); winter, which straddles two years, is not one.
    case spring, summer, autumn, fall

    /// 1 … 12 for month names and abbreviations.
    var month: Int? {
        switch self {
        case .january, .jan: 1
        case .february, .feb: 2
        case .march, .mar: 3
        case .april, .apr: 4
        case .may: 5
        case .june, .jun: 6
        case .july, .jul: 7
        case .august, .aug: 8
        case .september, .sep, .sept: 9
        case .october, .oct: 10
        case .november, .nov: 11
        case .december, .dec: 12
        default: nil
        }
    }

    /// Abbreviations, and the full names that are also common English words ("may",
    /// "march"): a date only when capitalized and in a date-like context.
    var isAmbiguousMonth: Bool {
        switch self {
        case .may, .march, .jan, .feb, .mar, .apr, .jun, .jul, .aug, .sep, .sept, .oct, .nov, .dec: true
        default: false
        }
    }

    /// Abbreviated month names, which may be followed by a period ("Dec. 5").
    var isMonthAbbreviation: Bool { isAmbiguousMonth && self != .may && self != .march }

    /// 1 Monday … 7 Sunday.
    var weekday: Int? {
        switch self {
        case .monday: 1
        case .tuesday: 2
        case .wednesday: 3
        case .thursday: 4
        case .friday: 5
        case .saturday: 6
        case .sunday: 7
        default: nil
        }
    }

    /// The value of a number word, "one" … "twenty" and "thirty".
    var cardinal: Int? {
        switch self {
        case .one: 1
        case .two: 2
        case .three: 3
        case .four: 4
        case .five: 5
        case .six: 6
        case .seven: 7
        case .eight: 8
        case .nine: 9
        case .ten: 10
        case .eleven: 11
        case .twelve: 12
        case .thirteen: 13
        case .fourteen: 14
        case .fifteen: 15
        case .sixteen: 16
        case .seventeen: 17
        case .eighteen: 18
        case .nineteen: 19
        case .twenty: 20
        case .thirty: 30
        default: nil
        }
    }

    /// The unit a unit word counts, singular or plural.
    var unit: TimeUnit? {
        switch self {
        case .day, .days: .day
        case .week, .weeks: .week
        case .month, .months: .month
        case .year, .years: .year
        default: nil
        }
    }

    /// Prepositions kept in an expression's text but not changing what it denotes:
    /// "on May 18", "in May", "at the end of May", "during 2016", "over the past week".
    /// Whether the word can carry a date expression by itself: a month, a weekday, a unit
    /// or part of a day, or a word that dates relative to publication or to an event.
    /// Every expression holds a number or such a word ("the", "on", "last" alone date nothing).
    /// The first and last months of a season of the northern hemisphere's calendar.
    var season: (first: Int, last: Int)? {
        switch self {
        case .spring: (3, 5)
        case .summer: (6, 8)
        case .autumn, .fall: (9, 11)
        default: nil
        }
    }

    var isHead: Bool {
        if month != nil || weekday != nil || unit != nil || season != nil { return true }
        switch self {
        case .night, .morning, .afternoon, .evening, .today, .tonight, .yesterday, .tomorrow, .recently, .lately, .recent, .weekend, .overnight,
             .earlier, .later, .ago, .afterwards, .afterward, .previously, .prior, .then, .eve, .mid, .middle, .end, .beginning,
             .start, .early, .late:
            return true
        default:
            return false
        }
    }

    var isLeadingPreposition: Bool {
        switch self {
        case .on, .inWord, .at, .during, .over, .throughout: true
        default: false
        }
    }

    /// Words after which a capitalized "May" or "March" (or an abbreviation) is a month
    /// even with no day or year after it: "in May", "since March", "until May",
    /// "end of May", "early May", "last March".
    var licensesMonth: Bool {
        switch self {
        case .inWord, .since, .of, .until, .till, .by, .early, .late, .mid, .during, .last, .this, .next,
             .before, .after, .from, .through, .throughout, .between:
            true
        default: false
        }
    }

    /// Words after which a four-digit number is a year: "in 2016", "since 2014",
    /// "mid-2016", "the year 2016". A bare "2016" ("the 2016 agreement") is not a date.
    var licensesYear: Bool {
        switch self {
        case .inWord, .since, .of, .until, .till, .by, .early, .late, .mid, .during,
             .before, .after, .from, .through, .throughout, .between, .year:
            true
        default: false
        }
    }

    /// The word whose lowercase letters make `key` (packed as a text's words are), or nil when the vocabulary lacks it.
    static func lookUp(_ key: WordKey) -> DateWord? { table[key] }

    /// The vocabulary by packed key (read through ``lookUp(_:)``, or fetched once for a scan of many words).
    static let table = WordKeyTable(Dictionary(uniqueKeysWithValues: DateWord.allCases.map { (WordKey($0.rawValue), $0) }))
}

/// A unit of time a count can be in.
enum TimeUnit: Sendable {
    case day, week, month, year
}
