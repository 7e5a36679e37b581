/// How well a gazetteer covers a text: every place it names, resolved or not, and the
/// capitalized names that may be places it does not know.
public struct CoverageReport: Sendable {
    /// A capitalized name that matches no place.
    public struct UnknownName: Sendable, Hashable {
        public var text: String
        public var utf8Range: Range<Int>
        /// Written where a place would stand ("in X", "the town of X", "X airbase"):
        /// counted as a mention that cannot be resolved.
        public var looksLikePlace: Bool
    }

    public var mentions: [PlaceMention]
    public var unknownNames: [UnknownName]

    public var resolved: [PlaceMention] { mentions.filter { $0.resolution.place != nil } }
    public var ambiguous: [PlaceMention] {
        mentions.filter { if case .ambiguous = $0.resolution { return true } else { return false } }
    }
    public var unresolved: [UnknownName] { unknownNames.filter(\.looksLikePlace) }

    /// True when every mention resolves to one place and nothing that looks like a place is unknown.
    public var passes: Bool { ambiguous.isEmpty && unresolved.isEmpty }
}

extension Gazetteer {
    /// The coverage of `text` by this gazetteer.
    public func coverage(of text: String) -> CoverageReport {
        let words = TextTokens(text)
        let mentions = mentions(in: text)
        let tokens = words.tokens
        var covered = [Bool](repeating: false, count: tokens.count)
        var mentionIndex = 0
        for (position, token) in tokens.enumerated() {
            while mentionIndex < mentions.count && mentions[mentionIndex].utf8Range.upperBound <= token.start { mentionIndex += 1 }
            if mentionIndex < mentions.count && mentions[mentionIndex].utf8Range.contains(token.start) { covered[position] = true }
        }
        let utf8 = Array(text.utf8)
        var unknown: [CoverageReport.UnknownName] = []
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            guard !covered[position], token.capitalized, token.latin, !token.isArticle,
                  !(token.allCaps && token.end - token.start <= 5) else { position += 1; continue }
            var last = position
            var next = position + 1
            while next < tokens.count, !covered[next], tokens[next].breakBefore == .none,
                  tokens[next].capitalized || (tokens[next].isArticle && next + 1 < tokens.count && tokens[next + 1].capitalized) {
                if !tokens[next].isArticle { last = next }
                next += 1
            }
            // ("Scores Killed in Libyan Oasis Town", a headline: a demonym and nouns of a kind of place describe, they name nothing.)
            if (position...last).contains(where: { !tokens[$0].isArticle && !PlaceCues.commonWordKeys.contains(tokens[$0].word)
                && !PlaceCues.kindNounKeys.contains(tokens[$0].word) }) {
                let span = Span(first: position, last: last)
                let preposition = followsPreposition(position, words, strong: true)
                let cue = cueContext(for: span, words)
                // "outside Haftar's command": a commander's forces, not a place.
                let text = String(decoding: utf8[token.start..<tokens[last].end], as: UTF8.self)
                let after = String(decoding: utf8[tokens[last].end..<min(utf8.count, tokens[last].end + 24)], as: UTF8.self)
                let commanded = ["'s ", "’s "].contains { after.hasPrefix($0) }
                    && ["command", "forces", "troops", "men", "fighters", "army", "militia", "militias"].contains {
                        after.dropFirst(3).lowercased().hasPrefix($0) }
                unknown.append(CoverageReport.UnknownName(
                    text: text,
                    utf8Range: token.start..<tokens[last].end,
                    looksLikePlace: (preposition || !cue.cueKinds.isEmpty) && !commanded))
            }
            position = last + 1
        }
        return CoverageReport(mentions: mentions, unknownNames: unknown)
    }
}
