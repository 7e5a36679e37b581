import Places

/// A name of several words as its other spellings are matched: each capitalized word by its
/// spelling skeleton (``NameFolding``: "Marsous" and "Marsus", "Shura" and "Shoura" fold
/// alike), each lowercase word ("al", "of", "forces") by its folded key.
struct SpelledPhrase: Sendable {
    /// Per word: its skeleton when capitalized in the name, else its folded key.
    let forms: [(skeleton: Bool, text: String)]
    let actor: Int
    let isLeader: Bool
    /// The row of ``ActorRegistry``'s table of dated names, or -1.
    let dated: Int

    /// Nil for a name of one word (matched by ``ActorRegistry``'s single-word skeletons), a name that does
    /// not open with a capitalized word, or one with no capitalized word of four letters or more to spell.
    init?(_ words: [TextWord], actor: Int, isLeader: Bool, dated: Int) {
        guard words.count >= 2, let first = words.first, first.capitalized, !first.allCaps, !first.skeleton.isEmpty,
              words.contains(where: { $0.capitalized && !$0.allCaps && $0.key.utf8.count >= 4 }) else { return nil }
        forms = words.map { word in word.capitalized && !word.allCaps && !word.skeleton.isEmpty ? (true, word.skeleton) : (false, word.key) }
        self.actor = actor
        self.isLeader = isLeader
        self.dated = dated
    }

    /// Whether the words from `start` spell the name: same skeletons where the name is capitalized (the
    /// text capitalized there too), same keys elsewhere, and no full stop inside.
    func isSpelled(at start: Int, in words: [TextWord]) -> Bool {
        guard start + forms.count <= words.count else { return false }
        // (The words and forms are read in place: a copy of a word would retain its strings.)
        for offset in forms.indices {
            if offset > 0, words[start + offset].breakBefore == 2 { return false }
            if forms[offset].skeleton ? words[start + offset].skeleton != forms[offset].text : words[start + offset].key != forms[offset].text { return false }
        }
        return true
    }
}

extension ActorRegistry {
    /// The longest name of several words spelled otherwise than the file writes it that starts at a
    /// capitalized word, as an approximate mention; nil when none does. Only reached when no name
    /// matched exactly there.
    /// - Parameter key: the packed skeleton of the word at `index`.
    func spelledMention(at index: Int, opening key: WordKey, in words: [TextWord]) -> Mention? {
        // (The inlined probe first: most capitalized words open no such name, and the subscript is a call.)
        guard storage.spelledPhrases.contains(key), let candidates = storage.spelledPhrases[key] else { return nil }
        for phrase in candidates where phrase.isSpelled(at: index, in: words) {
            return Mention(actor: storage.actors[phrase.actor], words: index...(index + phrase.forms.count - 1), throughLeader: phrase.isLeader,
                           approximate: true, dated: phrase.dated)
        }
        return nil
    }
}
