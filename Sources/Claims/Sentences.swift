import Places

/// A sentence of an article: its text and where it stands.
struct Sentence {
    var text: String
    /// UTF-8 byte offsets in the article's body.
    var utf8Range: Range<Int>
    /// Paragraphs are separated by line breaks.
    var paragraph: Int
}

enum Sentences {
    /// Words after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "st", "no", "vs",
                                             "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                             "dec", "u", "s", "n", "e", "g", "i", "al", "approx", "est", "brig", "cmdr", "adm"]
    static let abbreviationKeys: WordKeySet = WordKeySet(abbreviations.map { WordKey($0) })

    /// Splits a text into sentences at . ! ? followed by a space and a capital, digit or
    /// quote, and at line ends; abbreviations and initials do not end sentences.
    static func split(_ text: String) -> [Sentence] {
        var text = text
        return text.withUTF8 { split(bytes: $0) }
    }

    /// ``split(_:)`` over the text's own UTF-8 storage, not a copy of it.
    private static func split(bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var paragraph = 0
        func emit(_ end: Int) {
            var from = start
            var to = end
            while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 || bytes[from] == 0x0A || bytes[from] == 0x0D { from += 1 }
            while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09 || bytes[to - 1] == 0x0A || bytes[to - 1] == 0x0D { to -= 1 }
            if to > from {
                sentences.append(Sentence(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self),
                                          utf8Range: from..<to, paragraph: paragraph))
            }
        }
        var index = 0
        while index < bytes.count {
            // Most runs of eight bytes hold nothing a sentence ends at: skipped at once (done for speed).
            if index + 8 <= bytes.count,
               !mayEndSentence(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            // Most bytes end nothing: one comparison each for the letters.
            if byte > 0x3F || (byte != 0x0A && byte != 0x2E && byte != 0x21 && byte != 0x3F) {
                index += 1
                continue
            }
            if byte == 0x0A {
                emit(index)
                start = index + 1
                paragraph += 1
            } else if byte == 0x2E || byte == 0x21 || byte == 0x3F {
                var next = index + 1
                // Closing quotes and brackets stay with the sentence.
                while next < bytes.count, bytes[next] == 0x22 || bytes[next] == 0x27 || bytes[next] == 0x29 { next += 1 }
                if next + 1 < bytes.count, bytes[next] == 0x20 {
                    let following = bytes[next + 1]
                    let startsSentence = (0x41...0x5A).contains(following) || (0x30...0x39).contains(following)
                        || following == 0x22 || following >= 0xC0
                    if startsSentence && !(byte == 0x2E && isAbbreviation(bytes, before: index)) {
                        emit(next)
                        start = next
                    }
                }
                index = next
                continue
            }
            index += 1
        }
        emit(bytes.count)
        return sentences
    }

    /// Whether any of eight bytes read as one integer is a line feed, ".", "!" or "?": a byte the loop of
    /// ``split(bytes:)`` stops at. (The classic test for a zero byte, `(x - 0x01…01) & ~x & 0x80…80` is
    /// nonzero exactly when a byte of `x` is zero, applied to the bytes xor each byte sought.)
    @inline(__always)
    private static func mayEndSentence(_ bytes: UInt64) -> Bool {
        func zeroBytes(_ x: UInt64) -> UInt64 { (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 }
        // (The four tests joined with `|`, not `||`: one branch instead of four.)
        return zeroBytes(bytes ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroBytes(bytes ^ 0x2E2E_2E2E_2E2E_2E2E)
            | zeroBytes(bytes ^ 0x2121_2121_2121_2121) | zeroBytes(bytes ^ 0x3F3F_3F3F_3F3F_3F3F) != 0
    }

    private static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, before dot: Int) -> Bool {
        var from = dot
        while from > 0, (0x41...0x5A).contains(bytes[from - 1]) || (0x61...0x7A).contains(bytes[from - 1]) { from -= 1 }
        if dot - from == 1 { return true }  // initials: "A. Haftar"
        guard dot - from <= 6 else { return false }  // no abbreviation is longer
        // (Packed, not made a string: six letters at most always pack.)
        return abbreviationKeys.contains(WordKey(lowercasingLetters: UnsafeBufferPointer(rebasing: bytes[from..<dot])))
    }
}
