import Foundation
@testable import Places
import Testing

/// The skeleton made through ``NameFolding/SkeletonLetter/table`` is the one the rules
/// spelled letter by letter (the function it replaced, kept here as the reference): same
/// bytes, same rules, for every word of the articles, every word of the gazetteer's names
/// and every string of up to four letters from the letters the rules read.
@Suite struct SkeletonTableTests {
    /// The skeleton function as it was before the table: one branch per letter.
    static func referenceSkeleton(_ word: [UInt8]) -> (bytes: [UInt8], rules: SpellingRules) {
        let count = word.count
        var out: [UInt8] = []
        var rules: SpellingRules = []
        guard count > 0 else { return (out, rules) }
        let h = UInt8(ascii: "h")
        var index = 0
        while index < count {
            let c = word[index]
            let next = index + 1 < count ? word[index + 1] : 0
            var first = c
            var second: UInt8 = 0
            var used = 1
            var rule: SpellingRules = []
            switch c {
            case UInt8(ascii: "d"):
                if next == UInt8(ascii: "z") && index + 2 < count && word[index + 2] == h {
                    first = UInt8(ascii: "j"); used = 3; rule = .jDigraphs
                } else if next == UInt8(ascii: "j") {
                    first = UInt8(ascii: "j"); used = 2; rule = .jDigraphs
                } else if next == h {
                    used = 2; rule = .thDh
                }
            case UInt8(ascii: "z"):
                if next == h { first = UInt8(ascii: "j"); used = 2; rule = .jDigraphs }
            case UInt8(ascii: "s"):
                if next == UInt8(ascii: "c") && index + 2 < count && word[index + 2] == h {
                    second = h; used = 3; rule = .sh
                } else if next == h {
                    second = h; used = 2
                }
            case UInt8(ascii: "t"):
                if next == UInt8(ascii: "c") && index + 2 < count && word[index + 2] == h {
                    first = UInt8(ascii: "s"); second = h; used = 3; rule = .sh
                } else if next == h {
                    used = 2; rule = .thDh
                }
            case UInt8(ascii: "c"):
                if next == h {
                    first = UInt8(ascii: "s"); second = h; used = 2; rule = .sh
                } else {
                    first = UInt8(ascii: "k"); rule = .qgk
                }
            case UInt8(ascii: "k"):
                if next == h { first = h; used = 2; rule = .kh }
            case UInt8(ascii: "g"):
                first = UInt8(ascii: "k")
                if next == h { used = 2; rule = [.gh, .qgk] } else { rule = .qgk }
            case UInt8(ascii: "p"):
                if next == h { first = UInt8(ascii: "f"); used = 2; rule = .ph }
            case UInt8(ascii: "o"):
                first = UInt8(ascii: "u")
                if next == UInt8(ascii: "u") || next == UInt8(ascii: "o") { used = 2; rule = .longU } else { rule = .ou }
            case UInt8(ascii: "e"):
                if next == UInt8(ascii: "e") { first = UInt8(ascii: "i"); used = 2; rule = .longI } else { first = UInt8(ascii: "a"); rule = .ea }
            case UInt8(ascii: "q"):
                first = UInt8(ascii: "k"); rule = .qgk
            case UInt8(ascii: "w"), UInt8(ascii: "v"):
                first = UInt8(ascii: "u"); rule = .wvu
            case UInt8(ascii: "y"):
                first = UInt8(ascii: "i"); rule = .yi
            default:
                break
            }
            if let last = out.last, last == first { rule.insert(.doubled) } else { out.append(first) }
            if second != 0 {
                if out.last == second { rule.insert(.doubled) } else { out.append(second) }
            }
            rules.formUnion(rule)
            index += used
        }
        if out.count > 3, out[out.count - 1] == h, NameFolding.isVowel(out[out.count - 2]) {
            out.removeLast(); rules.insert(.finalH)
        }
        if out.count > 3, NameFolding.isVowel(out[out.count - 1]) {
            out.removeLast(); rules.insert(.finalVowel)
        }
        return (out, rules)
    }

    /// The skeleton as the extractor makes it, through the table.
    static func tableSkeleton(_ word: [UInt8]) -> (bytes: [UInt8], rules: SpellingRules) {
        var out = [UInt8](repeating: 0, count: word.count)
        var rules: SpellingRules = []
        let written = word.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { buffer in
                NameFolding.SkeletonLetter.table.withUnsafeBufferPointer { letters in
                    NameFolding.skeleton(source, into: buffer.baseAddress!, rules: &rules, letters: letters)
                }
            }
        }
        return (Array(out[..<written]), rules)
    }

    static func mismatches(_ words: some Sequence<[UInt8]>) -> [String] {
        var found: [String] = []
        for word in words {
            let expected = referenceSkeleton(word), actual = tableSkeleton(word)
            if expected.bytes != actual.bytes || expected.rules != actual.rules {
                found.append("\(String(decoding: word, as: UTF8.self)): \(String(decoding: expected.bytes, as: UTF8.self)) "
                             + "\(expected.rules.rawValue) ≠ \(String(decoding: actual.bytes, as: UTF8.self)) \(actual.rules.rawValue)")
            }
        }
        return found
    }

    @Test func everyWordOfTheArticles() throws {
        let folder = repositoryRoot.appendingPathComponent("Articles")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        var words: Set<[UInt8]> = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for word in NameFolding.textWords(text) { words.insert(Array(word.key.utf8)) }
        }
        #expect(words.count > 1000)
        #expect(Self.mismatches(words) == [])
    }

    @Test func everyWordOfTheGazetteersNames() {
        var words: Set<[UInt8]> = []
        for place in libya.places {
            for name in place.allNames {
                for word in NameFolding.words(name) { words.insert(word.bytes) }
            }
        }
        #expect(words.count > 1000)
        #expect(Self.mismatches(words) == [])
    }

    /// Every string of one to four bytes from the letters the rules read, a vowel or two, a
    /// digit and a byte beyond ASCII: each digraph, trigraph and doubling, at the start, the
    /// middle and the end.
    @Test func everyShortString() {
        let alphabet = Array("dzjhstckgpoueqwvyab1".utf8) + [0xD8]
        var words: [[UInt8]] = [[]]
        var all: [[UInt8]] = []
        for _ in 1...4 {
            words = words.flatMap { word in alphabet.map { word + [$0] } }
            all += words
        }
        #expect(Self.mismatches(all) == [])
    }
}
