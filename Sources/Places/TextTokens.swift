/// The words of a text, folded for matching, with where each stands in the text.
///
/// Built in one pass over the UTF-8 bytes, with the folded and skeleton forms of all
/// words kept in two shared buffers rather than one string per word.
struct TextTokens {
    /// What separates a word from the one before it.
    enum Break: UInt8 {
        case none = 0      // spaces, a hyphen
        case list = 1      // a comma or semicolon: ends a name, not a list of names
        case sentence = 2  // . ! ? : brackets, quotes, line ends: ends everything
    }

    struct Token {
        /// UTF-8 offsets of the word in the text.
        var start: Int
        var end: Int
        var keyStart: Int32, keyEnd: Int32
        var skeletonStart: Int32, skeletonEnd: Int32
        /// The folded word, packed for table lookups.
        var word: WordKey
        /// The skeleton, packed.
        var skeletonWord: WordKey
        var capitalized: Bool
        /// No lowercase letter: an acronym such as "LNA" when short.
        var allCaps: Bool
        var latin: Bool
        /// Written in ASCII letters only: the key is the text lowercased, byte for byte.
        var asciiLetters: Bool
        var isArticle: Bool
        var hyphenBefore: Bool
        var breakBefore: Break
        /// The break before was a semicolon, or a dash between clauses (" - ", "–", "—").
        var semicolonBefore: Bool
        var dashBefore: Bool
        /// The spelling rules the word's skeleton needed (none for a word not in Latin letters).
        var rules: SpellingRules
    }

    private(set) var tokens: [Token] = []
    private(set) var keys: [UInt8] = []
    private(set) var skeletons: [UInt8] = []

    init(_ text: String) {
        var text = text
        text.withUTF8 { bytes in scan(bytes) }
    }

    func key(_ token: Token) -> ArraySlice<UInt8> { keys[Int(token.keyStart)..<Int(token.keyEnd)] }
    func skeleton(_ token: Token) -> ArraySlice<UInt8> { skeletons[Int(token.skeletonStart)..<Int(token.skeletonEnd)] }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var builder = Builder(capacity: bytes.count)
        builder.scan(bytes)
        tokens = builder.tokens
        keys = builder.keys.array
        skeletons = builder.skeletons.array
        builder.keys.deallocate()
        builder.skeletons.deallocate()
    }

    /// A growable byte buffer without an array's checks on each append, with 16 spare
    /// bytes past its capacity so that a word's first 16 bytes can be loaded at once.
    private struct ByteBuffer {
        private(set) var base: UnsafeMutablePointer<UInt8>
        private(set) var capacity: Int
        private(set) var count = 0

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = .allocate(capacity: self.capacity + 16)
            base.initialize(repeating: 0, count: self.capacity + 16)
        }

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            if count == capacity { grow(to: count + 1) }
            base[count] = byte
            count += 1
        }

        mutating func append(contentsOf bytes: [UInt8]) {
            for byte in bytes { append(byte) }
        }

        /// Room for `extra` more bytes at `base + count`, to be written then counted with ``advance(by:)``.
        @inline(__always)
        mutating func reserve(_ extra: Int) {
            if count + extra > capacity { grow(to: count + extra) }
        }

        @inline(__always)
        mutating func advance(by written: Int) { count += written }

        @inline(never)
        mutating func grow(to needed: Int) {
            let newCapacity = max(needed, capacity * 2)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity + 16)
            grown.initialize(repeating: 0, count: newCapacity + 16)
            grown.update(from: base, count: count)
            base.deallocate()
            base = grown
            capacity = newCapacity
        }

        /// The packed key of the bytes `start..<start + length` (at most 16).
        @inline(__always)
        func wordKey(from start: Int, length: Int) -> WordKey {
            let raw = UnsafeRawPointer(base + start)
            var low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            var high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            if length < 8 {
                low &= (1 &<< UInt64(8 * length)) &- 1
                high = 0
            } else if length < 16 {
                high &= (1 &<< UInt64(8 * (length - 8))) &- 1
            }
            return WordKey(low: low, high: high)
        }

        var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

        func deallocate() { base.deallocate() }
    }

    /// The state of one scan, in a struct of its own so that the word being finished is
    /// appended without closures (and their run-time exclusivity checks) in the loop.
    private struct Builder {
        var tokens: [Token] = []
        var keys: ByteBuffer
        var skeletons: ByteBuffer
        var wordStart = -1
        var keyStart = 0
        var capitalized = false
        var sawLowercase = false
        /// The word being finished has a digit or a letter beyond ASCII.
        var sawOtherThanASCIILetter = false
        var pendingBreak = Break.sentence
        var hyphen = false
        var semicolon = false
        var dash = false
        let articleKeys = NameFolding.latinArticleKeys
        /// (Fetched once for the text: each static is a guarded global.)
        let skeletonLetters = NameFolding.SkeletonLetter.table

        init(capacity: Int) {
            tokens.reserveCapacity(capacity / 5)
            keys = ByteBuffer(capacity: capacity)
            skeletons = ByteBuffer(capacity: capacity)
        }

        @inline(__always)
        mutating func startWord(at offset: Int, capitalized: Bool, lowercase: Bool) {
            wordStart = offset
            keyStart = keys.count
            self.capitalized = capitalized
            sawLowercase = lowercase
            sawOtherThanASCIILetter = false
        }

        mutating func finish(at end: Int) {
            guard wordStart >= 0 else { return }
            let start = wordStart
            wordStart = -1
            let keyEnd = keys.count
            guard keyEnd > keyStart else { return }
            let skeletonStart = skeletons.count
            let length = keyEnd - keyStart
            let latin = keys.base[keyStart] < 0x80
            let wordKey = length <= 16 ? keys.wordKey(from: keyStart, length: length) : WordKey.tooLong
            var rules: SpellingRules = []
            if latin {
                // A skeleton is never longer than its word.
                skeletons.reserve(length)
                let written = skeletonLetters.withUnsafeBufferPointer { letters in
                    NameFolding.skeleton(UnsafeBufferPointer(start: keys.base + keyStart, count: length),
                                         into: skeletons.base + skeletonStart, rules: &rules, letters: letters)
                }
                skeletons.advance(by: written)
            } else {
                let word = Array(UnsafeBufferPointer(start: keys.base + keyStart, count: length))
                skeletons.append(contentsOf: NameFolding.stripArabicArticle(word))
            }
            let skeletonLength = skeletons.count - skeletonStart
            let skeletonWord = skeletonLength <= 16 ? skeletons.wordKey(from: skeletonStart, length: skeletonLength) : WordKey.tooLong
            // The word before is an article only when this one follows it directly.
            if pendingBreak == .none, let last = tokens.indices.last, tokens[last].latin,
               tokens[last].word.high == 0, tokens[last].word.low <= 0xFF_FFFF, articleKeys.contains(tokens[last].word) {
                tokens[last].isArticle = true
            }
            tokens.append(Token(start: start, end: end, keyStart: Int32(keyStart), keyEnd: Int32(keyEnd),
                                skeletonStart: Int32(skeletonStart), skeletonEnd: Int32(skeletons.count), word: wordKey,
                                skeletonWord: skeletonWord, capitalized: capitalized, allCaps: capitalized && !sawLowercase, latin: latin,
                                // (An apostrophe or an ignored mark inside the word is in its text, not in its key.)
                                asciiLetters: !sawOtherThanASCIILetter && end - start == length,
                                isArticle: false, hyphenBefore: hyphen,
                                breakBefore: pendingBreak, semicolonBefore: semicolon, dashBefore: dash, rules: rules))
            pendingBreak = .none
            hyphen = false
            semicolon = false
            dash = false
        }

        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                let scalarStart = index
                if byte < 0x80 {
                    index += 1
                    switch byte {
                    case 0x61...0x7A:
                        if wordStart < 0 { startWord(at: scalarStart, capitalized: false, lowercase: true) }
                        sawLowercase = true
                        keys.append(byte)
                    case 0x30...0x39:
                        if wordStart < 0 { startWord(at: scalarStart, capitalized: false, lowercase: false) }
                        sawOtherThanASCIILetter = true
                        keys.append(byte)
                    case 0x41...0x5A:
                        if wordStart < 0 { startWord(at: scalarStart, capitalized: true, lowercase: false) }
                        keys.append(byte | 0x20)
                    case 0x27, 0x60:
                        if skipPossessive(bytes, after: index) { finish(at: scalarStart); index += 1 }
                        continue  // apostrophe: inside a word, dropped
                    case 0x2D:
                        finish(at: scalarStart)
                        // " - " is a dash between clauses, as a comma is; "al-Jufra" a hyphen inside a name.
                        if index >= 2, bytes[index - 2] == 0x20 { pendingBreak = max(pendingBreak, .list); dash = true } else { hyphen = true }
                    case 0x2C, 0x3B:
                        finish(at: scalarStart)
                        pendingBreak = max(pendingBreak, .list)
                        if byte == 0x3B { semicolon = true }
                    case 0x20, 0x09:
                        finish(at: scalarStart)
                    default:
                        finish(at: scalarStart)
                        pendingBreak = .sentence
                    }
                    continue
                }
                // Decode one multi-byte scalar.
                var value: UInt32
                var length: Int
                if byte & 0xE0 == 0xC0 { value = UInt32(byte & 0x1F); length = 2 }
                else if byte & 0xF0 == 0xE0 { value = UInt32(byte & 0x0F); length = 3 }
                else { value = UInt32(byte & 0x07); length = 4 }
                for offset in 1..<length where index + offset < count {
                    value = (value << 6) | UInt32(bytes[index + offset] & 0x3F)
                }
                index += length
                guard let scalar = Unicode.Scalar(value) else { continue }
                switch NameFolding.fold(scalar) {
                case .letters(let folded):
                    if wordStart < 0 {
                        startWord(at: scalarStart, capitalized: scalar.properties.isUppercase, lowercase: false)
                    }
                    if scalar.properties.isLowercase { sawLowercase = true }
                    sawOtherThanASCIILetter = true
                    keys.append(contentsOf: folded)
                case .ignore:
                    continue
                case .apostrophe:
                    if skipPossessive(bytes, after: index) { finish(at: scalarStart); index += 1 }
                    continue
                case .hyphen:
                    finish(at: scalarStart)
                    // An en or em dash parts clauses ("… in June 2014 – the House of Representatives"); other hyphens join.
                    if value == 0x2013 || value == 0x2014 { pendingBreak = max(pendingBreak, .list); dash = true } else { hyphen = true }
                case .separator:
                    finish(at: scalarStart)
                    switch value {
                    case 0x00A0, 0x2009, 0x200A, 0x202F, 0x200B: break  // spaces
                    case 0x060C, 0x061B: pendingBreak = max(pendingBreak, .list); if value == 0x061B { semicolon = true }  // Arabic comma, semicolon
                    default: pendingBreak = .sentence
                    }
                }
            }
            finish(at: count)
        }
    }
}

/// Whether an apostrophe ends a word with the English possessive: "Qatar’s", "Haftar's".
@inline(__always)
private func skipPossessive(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
    guard index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "s") else { return false }
    guard index + 1 < bytes.count else { return true }
    let next = bytes[index + 1]
    return !(next | 0x20 >= UInt8(ascii: "a") && next | 0x20 <= UInt8(ascii: "z")) && next < 0x80
}

extension TextTokens.Break: Comparable {
    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A word of running text as the gazetteer folds it, for other modules that match
/// names in text (actors, cue words).
public struct TextWord: Sendable, Hashable {
    /// UTF-8 byte offsets in the text.
    public var utf8Range: Range<Int>
    /// Folded: lowercase, diacritics and apostrophes removed ("Haftar’s" → "haftar", possessive dropped).
    public var key: String
    /// The folded word packed for table lookups (``WordKey/tooLong`` past 16 bytes).
    public var word: WordKey
    /// Written in ASCII letters only: `key` is the text lowercased, byte for byte
    /// ("Sirte", the "Haftar" of "Haftar’s"; not "o'clock", "14th" or "Benghāzī").
    public var asciiLetters: Bool
    /// The spelling skeleton (see ``NameFolding``) of a capitalized word, the only words
    /// matched to names by their skeleton; empty for other words.
    public var skeleton: String
    /// ``skeleton`` packed, as ``WordKey/init(_:)`` packs it (the empty word's key when it is empty).
    public var skeletonWord: WordKey
    public var capitalized: Bool
    /// Written in capitals only ("LNA").
    public var allCaps: Bool
    /// Separated from the word before by punctuation: 0 none, 1 a comma or semicolon, 2 a full stop or similar.
    public var breakBefore: Int
    /// Followed the word before with a hyphen ("al-Jufra").
    public var hyphenBefore: Bool
    /// A semicolon stood before it ("GNA victory; LNA forces withdraw").
    public var semicolonBefore: Bool
    /// A dash between clauses stood before it ("CAIRO, EGYPT - A spokesman", "2016 — U.S. strikes").
    public var dashBefore: Bool
}

extension NameFolding {
    /// The words of a text, folded as names are folded.
    public static func textWords(_ text: String) -> [TextWord] {
        TextTokens(text).textWords
    }
}

extension TextTokens {
    var textWords: [TextWord] {
        keys.withUnsafeBufferPointer { keys in
            skeletons.withUnsafeBufferPointer { skeletons in
                tokens.map { token in
                    TextWord(utf8Range: token.start..<token.end,
                             key: Self.string(UnsafeBufferPointer(rebasing: keys[Int(token.keyStart)..<Int(token.keyEnd)])),
                             word: token.word,
                             asciiLetters: token.asciiLetters,
                             skeleton: token.capitalized
                                 ? Self.string(UnsafeBufferPointer(rebasing: skeletons[Int(token.skeletonStart)..<Int(token.skeletonEnd)]))
                                 : "",
                             skeletonWord: token.capitalized ? token.skeletonWord : WordKey(low: 0, high: 0),
                             capitalized: token.capitalized, allCaps: token.allCaps,
                             breakBefore: Int(token.breakBefore.rawValue), hyphenBefore: token.hyphenBefore,
                             semicolonBefore: token.semicolonBefore, dashBefore: token.dashBefore)
                }
            }
        }
    }

    /// The string of a word's folded UTF-8 bytes, as `String(decoding:as:)` makes it.
    /// (Written in place: for a word of up to 15 ASCII bytes, as most are, the standard
    /// library then checks one flag instead of validating the bytes one by one; done for
    /// speed. Other bytes are validated, and repaired, as `String(decoding:as:)` does.)
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(bytes))
            return bytes.count
        }
    }
}
