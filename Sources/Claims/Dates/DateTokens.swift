import Places

/// One word, number or punctuation mark of a sentence, with its UTF-8 offsets.
struct DateToken: Sendable {
    enum Kind: UInt8, Sendable {
        /// A run of letters (any script); `word` is set when the vocabulary knows it.
        case word
        /// A run of digits, possibly with an ordinal suffix ("14th").
        case number
        case comma
        /// A hyphen or dash: "mid-June", "2017-03-14", "May 18–20".
        case dash
        case period
        /// Any other mark, and tokens such as "4x4" or "1990s" that are neither.
        case other
    }

    var kind: Kind
    /// UTF-8 offsets in the sentence.
    var start: Int
    var end: Int
    /// The vocabulary word of a `.word` token, when known.
    var word: DateWord?
    /// The value of a `.number`; −1 when it cannot be part of a date ("1,200", "2.5",
    /// more than nine digits).
    var value: Int = -1
    /// How many digits a `.number` has ("03" has 2).
    var digits: Int = 0
    /// A `.number` written with "st", "nd", "rd" or "th".
    var ordinal = false
    /// The first letter is an ASCII capital.
    var capitalized = false
}

/// The tokens of a sentence, made in one pass over its UTF-8 bytes.
///
/// Letters are lowercased while scanning and looked up in the vocabulary without
/// making strings. Apostrophes split words ("year's" is "year" and "s"); en and em
/// dashes are dashes; a no-break space is a space; other non-ASCII bytes are letters.
///
/// When the sentence's words are at hand (``TextWord``), a word of ASCII letters only is
/// taken whole, with the key it was folded to, rather than read again letter by letter;
/// the tokens are the same either way.
enum DateTokenizer {
    /// The tokens of a sentence read from its text alone.
    static func tokens(of sentence: String) -> [DateToken] {
        tokens(of: sentence, words: SentenceWords([], range: 0..<0), wordOffset: 0)
    }

    /// The tokens of a sentence whose words have been found already.
    /// - wordOffset: where the sentence starts in the text that the words' UTF-8 ranges count in.
    static func tokens(of sentence: String, words: SentenceWords, wordOffset: Int) -> [DateToken] {
        var text = sentence
        return text.withUTF8 { scan($0, words: words, wordOffset: wordOffset) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether the bytes at `i` belong in a word: an ASCII letter, or any non-ASCII byte
    /// that does not start punctuation this scanner knows.
    private static func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        bytes[i] < 0x80 ? isLetter(bytes[i]) : wideMark(bytes, i) == nil
    }

    /// Multi-byte punctuation: its kind (nil for spaces and apostrophes) and length,
    /// or nil when the bytes at `i` are not punctuation this scanner knows.
    private static func wideMark(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (kind: DateToken.Kind?, length: Int)? {
        let count = bytes.count
        if bytes[i] == 0xC2, i + 1 < count {
            switch bytes[i + 1] {
            case 0xA0: return (nil, 2)                     // no-break space
            case 0xAB, 0xBB: return (.other, 2)            // « »
            default: return nil
            }
        }
        if bytes[i] == 0xE2, i + 2 < count, bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x90...0x95: return (.dash, 3)            // hyphens, figure dash, en and em dashes
            case 0x98, 0x99: return (nil, 3)               // ‘ ’ split words like an apostrophe
            case 0x80...0x8F, 0xAF: return (nil, 3)        // spaces of many widths
            default: return (.other, 3)                    // quotes, ellipsis, bullets
            }
        }
        return nil
    }

    /// - words: the sentence's words, in order, found by ``NameFolding`` (none when only its text is known).
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, words: SentenceWords, wordOffset: Int) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(bytes.count / 5 + 4)
        let count = bytes.count
        var nextWord = 0  // the first of `words` not starting before the word being read
        // (Fetched once for the sentence: each static is a guarded global, and every word is looked up.)
        let dateWords = DateWord.table
        var i = 0
        while i < count {
            let byte = bytes[i]
            if isWordByte(bytes, i) {
                // A word: ASCII letters and any non-ASCII bytes that are not punctuation.
                let start = i
                let capitalized = byte >= 0x41 && byte <= 0x5A
                while nextWord < words.count && words[nextWord].utf8Range.lowerBound - wordOffset < start { nextWord += 1 }
                if nextWord < words.count, words[nextWord].asciiLetters, words[nextWord].utf8Range.lowerBound - wordOffset == start {
                    // Found already: its letters run to its end, where this word ends too unless more word bytes follow.
                    let end = words[nextWord].utf8Range.upperBound - wordOffset
                    if end <= count, end == count || !isWordByte(bytes, end) {
                        tokens.append(DateToken(kind: .word, start: start, end: end, word: dateWords[words[nextWord].word],
                                                capitalized: capitalized))
                        i = end
                        continue
                    }
                }
                var ascii = true
                while i < count, isWordByte(bytes, i) {
                    if bytes[i] >= 0x80 { ascii = false }
                    i += 1
                }
                let word = ascii ? dateWords[WordKey(lowercasingLetters: UnsafeBufferPointer(rebasing: bytes[start..<i]))] : nil
                tokens.append(DateToken(kind: .word, start: start, end: i, word: word, capitalized: capitalized))
            } else if isDigit(byte) {
                tokens.append(number(bytes, &i))
            } else if byte >= 0x80, let (kind, length) = wideMark(bytes, i) {
                if let kind { tokens.append(DateToken(kind: kind, start: i, end: i + length)) }
                i += length
            } else {
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D, 0x27: break   // spaces, line ends, apostrophe
                case 0x2C: tokens.append(DateToken(kind: .comma, start: i, end: i + 1))
                case 0x2D: tokens.append(DateToken(kind: .dash, start: i, end: i + 1))
                case 0x2E: tokens.append(DateToken(kind: .period, start: i, end: i + 1))
                default: tokens.append(DateToken(kind: .other, start: i, end: i + 1))
                }
                i += 1
            }
        }
        return tokens
    }

    /// A number starting at `i`: digits, then thousands groups ("1,200") or decimals
    /// ("2.5"), which make it no date, then an ordinal suffix ("14th"); digits run into
    /// other letters ("4x4", "1990s") make an `.other` token.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> DateToken {
        let count = bytes.count
        let start = i
        var value = 0
        var digits = 0
        while i < count, isDigit(bytes[i]) {
            if digits < 9 { value = value * 10 + Int(bytes[i] - 0x30) }
            digits += 1
            i += 1
        }
        var usable = digits <= 9
        while i + 1 < count {
            if bytes[i] == 0x2C, i + 3 < count, isDigit(bytes[i + 1]), isDigit(bytes[i + 2]), isDigit(bytes[i + 3]),
               i + 4 >= count || !isDigit(bytes[i + 4]) {
                i += 4
            } else if bytes[i] == 0x2E, isDigit(bytes[i + 1]) {
                i += 1
                while i < count, isDigit(bytes[i]) { i += 1 }
            } else {
                break
            }
            usable = false
        }
        var token = DateToken(kind: .number, start: start, end: i, value: usable ? value : -1, digits: digits)
        // "2017-03-14T10:00": a single letter between digits ends the number.
        let singleLetterThenDigit = i + 1 < count && bytes[i] < 0x80 && isLetter(bytes[i]) && isDigit(bytes[i + 1])
        if i < count, bytes[i] < 0x80, isLetter(bytes[i]), !singleLetterThenDigit {
            let letters = i
            while i < count, bytes[i] < 0x80, isLetter(bytes[i]) { i += 1 }
            token.end = i
            if i - letters == 2, usable {
                let suffix = (bytes[letters] | 0x20, bytes[letters + 1] | 0x20)
                switch suffix {
                case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): token.ordinal = true   // st nd rd th
                default: token.kind = .other
                }
            } else {
                token.kind = .other
            }
        }
        return token
    }
}
