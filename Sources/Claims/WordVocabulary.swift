import Places

/// A set of folded words tested against the words of a sentence by their packed keys
/// (``WordKeySet``), exactly as `Set<String>.contains(word.key)` would: a word too long to
/// pack (``WordKey/tooLong``) is looked up by its string, and only when the set holds such words.
struct WordVocabulary: Sendable {
    let strings: Set<String>
    let keys: WordKeySet
    /// Whether a word of the set is longer than 16 bytes.
    let holdsLongWords: Bool

    init(_ strings: Set<String>) {
        self.strings = strings
        keys = WordKeySet(strings.map { WordKey($0) }.filter { $0 != WordKey.tooLong })
        holdsLongWords = strings.contains { $0.utf8.count > 16 }
    }

    /// Whether a word is one of the set.
    @inline(__always)
    func contains(_ word: TextWord) -> Bool {
        if word.word == WordKey.tooLong { return holdsLongWords && strings.contains(word.key) }
        return keys.contains(word.word)
    }

    /// Whether a word, packed as `key` and spelled `string`, is one of the set.
    @inline(__always)
    func contains(key: WordKey, _ string: @autoclosure () -> String) -> Bool {
        if key == WordKey.tooLong { return holdsLongWords && strings.contains(string()) }
        return keys.contains(key)
    }

    /// Whether the word at `index` is one of the set.
    @inline(__always)
    func contains(_ words: SentenceWords, _ index: Int) -> Bool {
        let word = words[index].word
        if word == WordKey.tooLong { return holdsLongWords && strings.contains(words[index].key) }
        return keys.contains(word)
    }
}
