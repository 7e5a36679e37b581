import Foundation

/// The differences between spellings of one name that matching forgives, each named
/// so that a match can say why it was made.
public struct SpellingRules: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let jDigraphs = SpellingRules(rawValue: 1 << 0)    // dzh, dj, zh → j
    public static let kh = SpellingRules(rawValue: 1 << 1)           // kh → h
    public static let gh = SpellingRules(rawValue: 1 << 2)           // gh → g
    public static let thDh = SpellingRules(rawValue: 1 << 3)         // th → t, dh → d
    public static let sh = SpellingRules(rawValue: 1 << 4)           // sch, ch, tch → sh
    public static let longU = SpellingRules(rawValue: 1 << 5)        // ou, oo → u
    public static let longI = SpellingRules(rawValue: 1 << 6)        // ee → i
    public static let qgk = SpellingRules(rawValue: 1 << 7)          // q, g, c → k
    public static let wvu = SpellingRules(rawValue: 1 << 8)          // w, v → u
    public static let yi = SpellingRules(rawValue: 1 << 9)           // y → i
    public static let ou = SpellingRules(rawValue: 1 << 10)          // o → u
    public static let ea = SpellingRules(rawValue: 1 << 11)          // e → a
    public static let doubled = SpellingRules(rawValue: 1 << 12)     // doubled letters
    public static let finalH = SpellingRules(rawValue: 1 << 13)      // final -ah, -ih, -uh
    public static let finalVowel = SpellingRules(rawValue: 1 << 14)  // final -a, -e, -i, -u (and inflected forms)
    public static let ph = SpellingRules(rawValue: 1 << 15)          // ph → f

    static let names: [(SpellingRules, String)] = [
        (.jDigraphs, "dzh/dj/zh→j"), (.kh, "kh→h"), (.gh, "gh→g"), (.thDh, "th/dh→t/d"), (.sh, "sch/ch→sh"),
        (.longU, "ou/oo→u"), (.longI, "ee→i"), (.qgk, "q/g/k"), (.wvu, "w/v/u"), (.yi, "y→i"), (.ou, "o/u"),
        (.ea, "e/a"), (.doubled, "doubled letters"), (.finalH, "final -h"), (.finalVowel, "final vowel"), (.ph, "ph→f"),
    ]

    /// The rules as words, e.g. "dzh/dj/zh→j, final vowel".
    public var explanation: String {
        Self.names.filter { contains($0.0) }.map(\.1).joined(separator: ", ")
    }
}

/// Folding names for matching, in three levels of tolerance:
///
/// 1. **key**: case and diacritics folded, apostrophes and ʿayn marks dropped, hyphens
///    as spaces, the Arabic article removed in its Latin forms (al-, el-, ash- …) and in
///    Arabic script (ال), Arabic tatweel and vowel marks removed, alef, ya and ta marbuta
///    forms unified. "Ra’s Lānūf" and "ras-lanuf" have the same key.
/// 2. **skeleton**: the key with the usual transliteration variants unified
///    (``SpellingRules``) and the spaces removed: "Dzhufra", "Al Jufrah" and "Jufr" share one.
/// 3. **consonants**: the skeleton without its vowels: "Misurati" and "Misrata".
public enum NameFolding {
    /// One letter's folded form, or what the character does to a token.
    enum ScalarFold: Sendable {
        case letters([UInt8])   // folded UTF-8 bytes, part of a word
        case ignore             // combining mark, tatweel, Arabic vowel sign: dropped inside a word
        case apostrophe         // ’ ‘ ʿ ʾ ' ` ´: dropped inside a word
        case hyphen             // ends a word; joins an article to its noun
        case separator          // ends a word
    }

    /// Folds of the non-ASCII scalars that are not handled by a rule below.
    private static let table: [UInt32: ScalarFold] = {
        var table: [UInt32: ScalarFold] = [:]
        let special: [UInt32: String] = [
            0x00DF: "ss", 0x00E6: "ae", 0x00C6: "ae", 0x0153: "oe", 0x0152: "oe", 0x00F8: "o", 0x00D8: "o",
            0x0111: "d", 0x0110: "d", 0x0127: "h", 0x0126: "h", 0x0131: "i", 0x0142: "l", 0x0141: "l",
            0x00FE: "th", 0x00DE: "th", 0x00F0: "d", 0x00D0: "d", 0x0180: "b", 0x01E5: "g",
        ]
        let latinRanges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for range in latinRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                if let text = special[value] {
                    table[value] = .letters(Array(text.utf8))
                    continue
                }
                let base = String(Character(scalar)).decomposedStringWithCanonicalMapping.lowercased()
                let ascii = base.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }
                if !ascii.isEmpty { table[value] = .letters(Array(String(String.UnicodeScalarView(ascii)).utf8)) }
            }
        }
        for value: UInt32 in [0x2019, 0x2018, 0x02BF, 0x02BE, 0x02BC, 0x02BB, 0x00B4, 0x2032, 0x02B9] {
            table[value] = .apostrophe
        }
        for value: UInt32 in [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212] { table[value] = .hyphen }
        // Arabic: letter forms unified, marks dropped.
        let arabic: [UInt32: UInt32] = [
            0x0623: 0x0627, 0x0625: 0x0627, 0x0622: 0x0627, 0x0671: 0x0627,  // alef forms → ا
            0x0629: 0x0647, 0x06C1: 0x0647, 0x06C3: 0x0647, 0x06BE: 0x0647,  // ta marbuta, Urdu ha → ه
            0x0649: 0x064A, 0x06CC: 0x064A, 0x06D2: 0x064A, 0x0626: 0x064A,  // alef maqsura, Persian ye → ي
            0x06A9: 0x0643, 0x0624: 0x0648,                                  // Persian kaf → ك, waw hamza → و
        ]
        for value: UInt32 in 0x0600...0x06FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if value == 0x0640 || (0x064B...0x065F).contains(value) || value == 0x0670 || (0x06D6...0x06ED).contains(value) {
                table[value] = .ignore
            } else if scalar.properties.isAlphabetic {
                let folded = Unicode.Scalar(arabic[value] ?? value)!
                table[value] = .letters(Array(String(Character(folded)).utf8))
            } else {
                table[value] = .separator
            }
        }
        return table
    }()

    /// The fold of one scalar.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> ScalarFold {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: return .letters([UInt8(value + 0x20)])
            case 0x61...0x7A, 0x30...0x39: return .letters([UInt8(value)])
            case 0x27, 0x60: return .apostrophe
            case 0x2D: return .hyphen
            default: return .separator
            }
        }
        if let folded = table[value] { return folded }
        let properties = scalar.properties
        if properties.generalCategory == .nonspacingMark { return .ignore }
        if properties.isAlphabetic {
            return .letters(Array(String(Character(scalar)).lowercased().decomposedStringWithCanonicalMapping.utf8))
        }
        return .separator
    }

    /// Latin forms of the Arabic article, as separate words after folding.
    static let latinArticles: Set<[UInt8]> = Set(["al", "el", "il", "ul", "ar", "er", "as", "es", "ash", "esh", "az", "ez",
                                                  "ad", "ed", "at", "et", "an", "en", "ad", "ag"].map { Array($0.utf8) })

    static let latinArticleKeys: WordKeySet = WordKeySet(latinArticles.map { WordKey(bytes: $0) })

    /// The Arabic article ال as UTF-8.
    static let arabicArticle: [UInt8] = Array("ال".utf8)

    /// Words of a name after level-1 folding; articles are marked, not removed.
    static func words(_ name: String) -> [(bytes: [UInt8], isArticle: Bool)] {
        var words: [(bytes: [UInt8], isArticle: Bool)] = []
        var current: [UInt8] = []
        func finish() {
            if !current.isEmpty { words.append((current, false)) }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in name.unicodeScalars {
            // (An ASCII scalar is folded here as `fold` folds it, without making a one-letter
            // array for each letter; done for speed, as names are folded while reading text.)
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x41...0x5A: current.append(UInt8(value + 0x20))
                case 0x61...0x7A, 0x30...0x39: current.append(UInt8(value))
                case 0x27, 0x60: continue
                default: finish()  // a hyphen or a separator
                }
                continue
            }
            switch fold(scalar) {
            case .letters(let bytes): current.append(contentsOf: bytes)
            case .ignore, .apostrophe: continue
            case .hyphen, .separator: finish()
            }
        }
        finish()
        return markArticles(words.map(\.bytes))
    }

    /// Marks article words (when another word follows) and strips the attached Arabic ال.
    static func markArticles(_ words: [[UInt8]]) -> [(bytes: [UInt8], isArticle: Bool)] {
        words.enumerated().map { index, word in
            if index + 1 < words.count, latinArticles.contains(word) { return (word, true) }
            return (stripArabicArticle(word), false)
        }
    }

    /// A word without its attached Arabic article ال, when at least two letters remain.
    @inline(__always)
    static func stripArabicArticle(_ word: [UInt8]) -> [UInt8] {
        if word.count > arabicArticle.count + 2, word[0] == arabicArticle[0], word[1] == arabicArticle[1],
           word[2] == arabicArticle[2], word[3] == arabicArticle[3] {
            return Array(word[4...])
        }
        return word
    }

    /// Level 1: the folded words without articles, joined by single spaces.
    public static func key(_ name: String) -> String {
        let words = words(name)
        let kept = words.filter { !$0.isArticle }
        return String(decoding: Array((kept.isEmpty ? words : kept).map(\.bytes).joined(separator: [0x20])), as: UTF8.self)
    }

    /// Level 2: the skeleton of a name, and the rules that changed it.
    public static func skeleton(_ name: String) -> (skeleton: String, rules: SpellingRules) {
        var rules: SpellingRules = []
        let words = words(name).filter { !$0.isArticle }
        var bytes: [UInt8] = []
        for word in words { bytes.append(contentsOf: skeleton(of: word.bytes, rules: &rules)) }
        return (String(decoding: bytes, as: UTF8.self), rules)
    }

    /// Level 3: the skeleton without vowels.
    public static func consonants(ofSkeleton skeleton: String) -> String {
        String(decoding: consonants(of: Array(skeleton.utf8)), as: UTF8.self)
    }

    /// Whether a skeleton letter is a vowel (skeletons keep only a, i and u).
    @inline(__always)
    public static func isVowel(_ byte: UInt8) -> Bool { byte == 0x61 || byte == 0x69 || byte == 0x75 }  // a i u

    static func consonants(of skeleton: [UInt8]) -> [UInt8] {
        skeleton.filter { !isVowel($0) }
    }

    /// The skeleton of one folded word. Words in other scripts than Latin are kept as they are.
    static func skeleton(of word: [UInt8], rules: inout SpellingRules) -> [UInt8] {
        guard let first = word.first, first < 0x80 else { return word }
        var out: [UInt8] = []
        out.reserveCapacity(word.count)
        appendSkeleton(of: word[...], to: &out, rules: &rules)
        return out
    }

    /// Appends the skeleton of a folded Latin word to `out`, without temporary arrays:
    /// the letters are written straight into `out`'s storage (a skeleton is never longer
    /// than its word).
    static func appendSkeleton(of word: ArraySlice<UInt8>, to out: inout [UInt8], rules: inout SpellingRules) {
        let count = word.count
        guard count > 0 else { return }
        var found = rules
        let base = out.count
        out.append(contentsOf: repeatElement(0, count: count))  // room for the skeleton, overwritten below
        let written = word.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { buffer in
                SkeletonLetter.table.withUnsafeBufferPointer { letters in
                    skeleton(source, into: buffer.baseAddress! + base, rules: &found, letters: letters)
                }
            }
        }
        out.removeLast(count - written)
        rules = found
    }

    /// Writes the skeleton of `word` at `out` (room for as many bytes as `word` has) and
    /// returns its length. Most letters are one look in ``SkeletonLetter/table``; only a
    /// letter that may start a digraph ("kh", "ou", "sch"), followed by a letter that may
    /// end one, is read by ``digraph(at:in:count:)``. Doubled letters are collapsed as they
    /// are written. The rules are gathered as raw bits (``RuleBit``).
    /// - letters: ``SkeletonLetter/table``, fetched by the caller (once for all the words of a text).
    @inline(__always)
    static func skeleton(_ word: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>,
                         rules: inout SpellingRules, letters table: UnsafeBufferPointer<SkeletonLetter>) -> Int {
        let count = word.count
        guard count > 0 else { return 0 }
        let source = word.baseAddress!
        var bits = rules.rawValue
        var index = 0
        var n = 0
        let h = UInt8(ascii: "h")
        // The byte written last, kept at hand for the doubled letters (none yet: a value no byte has).
        var previous: UInt16 = 0x100
        while index < count {
            let letter = table[Int(source[index])]
            let next = index + 1 < count ? source[index + 1] : 0
            if letter.digraphEnds & table[Int(next)].asDigraphEnd == 0 {
                // One letter, one byte. Doubled letters, whatever made them, are collapsed as they are written.
                if UInt16(letter.written) == previous {
                    bits |= RuleBit.doubled
                } else {
                    out[n] = letter.written; n += 1; previous = UInt16(letter.written)
                }
                bits |= UInt32(letter.rule)
                index += 1
                continue
            }
            // A digraph perhaps: one or two bytes, the letters used, the rule.
            var (first, second, used, bit) = digraph(at: index, in: source, count: count)
            if UInt16(first) == previous { bit |= RuleBit.doubled } else { out[n] = first; n += 1; previous = UInt16(first) }
            if second != 0 {
                if UInt16(second) == previous { bit |= RuleBit.doubled } else { out[n] = second; n += 1; previous = UInt16(second) }
            }
            bits |= bit
            index += used
        }
        // Final -ah/-ih/-uh, then one final vowel, keeping at least three letters.
        if n > 3, out[n - 1] == h, isVowel(out[n - 2]) {
            n -= 1; bits |= RuleBit.finalH
        }
        if n > 3, isVowel(out[n - 1]) {
            n -= 1; bits |= RuleBit.finalVowel
        }
        rules = SpellingRules(rawValue: bits)
        return n
    }

    /// What the letters at `index` become when the letter there may start a digraph with the
    /// next: one or two bytes, how many letters are used, and the rule applied. (Every letter's
    /// rule is written here in full; ``SkeletonLetter/table`` repeats what it says of a letter
    /// that starts no digraph.)
    @inline(never)
    static func digraph(at index: Int, in source: UnsafePointer<UInt8>, count: Int)
        -> (first: UInt8, second: UInt8, used: Int, bit: UInt32) {
        let h = UInt8(ascii: "h")
        let c = source[index]
        let next = index + 1 < count ? source[index + 1] : 0
        var first = c
        var second: UInt8 = 0
        var used = 1
        var bit: UInt32 = 0
        switch c {
        case UInt8(ascii: "d"):
            if next == UInt8(ascii: "z") && index + 2 < count && source[index + 2] == h {
                first = UInt8(ascii: "j"); used = 3; bit = RuleBit.jDigraphs
            } else if next == UInt8(ascii: "j") {
                first = UInt8(ascii: "j"); used = 2; bit = RuleBit.jDigraphs
            } else if next == h {
                used = 2; bit = RuleBit.thDh
            }
        case UInt8(ascii: "z"):
            if next == h { first = UInt8(ascii: "j"); used = 2; bit = RuleBit.jDigraphs }
        case UInt8(ascii: "s"):
            if next == UInt8(ascii: "c") && index + 2 < count && source[index + 2] == h {
                second = h; used = 3; bit = RuleBit.sh
            } else if next == h {
                second = h; used = 2
            }
        case UInt8(ascii: "t"):
            if next == UInt8(ascii: "c") && index + 2 < count && source[index + 2] == h {
                first = UInt8(ascii: "s"); second = h; used = 3; bit = RuleBit.sh
            } else if next == h {
                used = 2; bit = RuleBit.thDh
            }
        case UInt8(ascii: "c"):
            if next == h {
                first = UInt8(ascii: "s"); second = h; used = 2; bit = RuleBit.sh
            } else {
                first = UInt8(ascii: "k"); bit = RuleBit.qgk
            }
        case UInt8(ascii: "k"):
            if next == h { first = h; used = 2; bit = RuleBit.kh }
        case UInt8(ascii: "g"):
            first = UInt8(ascii: "k")
            if next == h { used = 2; bit = RuleBit.gh | RuleBit.qgk } else { bit = RuleBit.qgk }
        case UInt8(ascii: "p"):
            if next == h { first = UInt8(ascii: "f"); used = 2; bit = RuleBit.ph }
        case UInt8(ascii: "o"):
            first = UInt8(ascii: "u")
            if next == UInt8(ascii: "u") || next == UInt8(ascii: "o") { used = 2; bit = RuleBit.longU } else { bit = RuleBit.ou }
        case UInt8(ascii: "e"):
            if next == UInt8(ascii: "e") { first = UInt8(ascii: "i"); used = 2; bit = RuleBit.longI } else { first = UInt8(ascii: "a"); bit = RuleBit.ea }
        case UInt8(ascii: "q"):
            first = UInt8(ascii: "k"); bit = RuleBit.qgk
        case UInt8(ascii: "w"), UInt8(ascii: "v"):
            first = UInt8(ascii: "u"); bit = RuleBit.wvu
        case UInt8(ascii: "y"):
            first = UInt8(ascii: "i"); bit = RuleBit.yi
        default:
            break
        }
        return (first, second, used, bit)
    }

    /// One byte of a folded word as ``skeleton(_:into:rules:)`` reads it: a look in a table
    /// of 256 instead of a branch per letter (done for speed: the skeleton of every word of a
    /// text is made).
    struct SkeletonLetter {
        /// The byte written when the letter starts no digraph ("q" → "k"), and the rule applied.
        var written: UInt8
        var rule: UInt16
        /// The letters that may end a digraph this letter starts (as ``asDigraphEnd`` bits): "h" after "k".
        var digraphEnds: UInt8 = 0
        /// This letter's bit as a possible end of a digraph, or 0.
        var asDigraphEnd: UInt8 = 0

        /// The letters that end digraphs, one bit each.
        private static let ends: [UInt8: UInt8] = [
            UInt8(ascii: "h"): 1 << 0, UInt8(ascii: "z"): 1 << 1, UInt8(ascii: "j"): 1 << 2, UInt8(ascii: "c"): 1 << 3,
            UInt8(ascii: "u"): 1 << 4, UInt8(ascii: "o"): 1 << 5, UInt8(ascii: "e"): 1 << 6,
        ]

        /// The entry of every byte, made from ``NameFolding/digraph(at:in:count:)`` itself: a letter's
        /// single form is what it becomes before a byte that ends no digraph (a space).
        static let table: [SkeletonLetter] = (0...255).map { value in
            let byte = UInt8(value)
            let alone = [byte, 0x20]
            let (first, _, _, bit) = alone.withUnsafeBufferPointer { NameFolding.digraph(at: 0, in: $0.baseAddress!, count: 2) }
            // The digraphs a letter may start, by the letters that end them (sch and tch by their "c", dzh by its "z").
            let starts: [UInt8: String] = [
                UInt8(ascii: "d"): "zjh", UInt8(ascii: "z"): "h", UInt8(ascii: "s"): "ch", UInt8(ascii: "t"): "ch",
                UInt8(ascii: "c"): "h", UInt8(ascii: "k"): "h", UInt8(ascii: "g"): "h", UInt8(ascii: "p"): "h",
                UInt8(ascii: "o"): "uo", UInt8(ascii: "e"): "e",
            ]
            let digraphEnds = (starts[byte] ?? "").utf8.reduce(UInt8(0)) { $0 | ends[$1]! }
            return SkeletonLetter(written: first, rule: UInt16(bit), digraphEnds: digraphEnds, asDigraphEnd: ends[byte] ?? 0)
        }
    }

    /// The raw values of ``SpellingRules``' members as constants the compiler folds.
    enum RuleBit {
        @inline(__always) static var jDigraphs: UInt32 { 1 << 0 }
        @inline(__always) static var kh: UInt32 { 1 << 1 }
        @inline(__always) static var gh: UInt32 { 1 << 2 }
        @inline(__always) static var thDh: UInt32 { 1 << 3 }
        @inline(__always) static var sh: UInt32 { 1 << 4 }
        @inline(__always) static var longU: UInt32 { 1 << 5 }
        @inline(__always) static var longI: UInt32 { 1 << 6 }
        @inline(__always) static var qgk: UInt32 { 1 << 7 }
        @inline(__always) static var wvu: UInt32 { 1 << 8 }
        @inline(__always) static var yi: UInt32 { 1 << 9 }
        @inline(__always) static var ou: UInt32 { 1 << 10 }
        @inline(__always) static var ea: UInt32 { 1 << 11 }
        @inline(__always) static var doubled: UInt32 { 1 << 12 }
        @inline(__always) static var finalH: UInt32 { 1 << 13 }
        @inline(__always) static var finalVowel: UInt32 { 1 << 14 }
        @inline(__always) static var ph: UInt32 { 1 << 15 }
    }
}
