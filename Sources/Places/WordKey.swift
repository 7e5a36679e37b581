/// A short folded word packed into two integers, so that the words of running text can
/// be looked up in word tables without making a string. Words of more than 16 bytes all
/// share one key (``tooLong``): a table keyed by it must compare the words themselves.
public struct WordKey: Hashable, Sendable {
    @usableFromInline var low: UInt64
    @usableFromInline var high: UInt64

    /// The key of every word longer than 16 bytes.
    public static let tooLong = WordKey(low: .max, high: .max)

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The key of a folded word's UTF-8 bytes.
    init<C: Collection>(bytes: C) where C.Element == UInt8 {
        guard bytes.count <= 16 else { self = .tooLong; return }
        var low: UInt64 = 0, high: UInt64 = 0
        var offset: UInt64 = 0
        for byte in bytes {
            if offset < 8 { low |= UInt64(byte) << (8 * offset) } else { high |= UInt64(byte) << (8 * (offset - 8)) }
            offset += 1
        }
        self.init(low: low, high: high)
    }

    /// The key of a folded word.
    public init(_ word: String) { self.init(word, skippingVowels: false) }

    /// The key of a run of ASCII letters as a word of text folds it: lowercased
    /// (``tooLong`` past 16 letters).
    public init(lowercasingLetters letters: UnsafeBufferPointer<UInt8>) {
        self.init(bytes: letters.lazy.map { $0 | 0x20 })
    }

    /// The key of a skeleton's consonants (the skeleton without a, i and u).
    public init(consonantsOf skeleton: String) { self.init(skeleton, skippingVowels: true) }

    /// The key of the consonants of the skeleton this key packs, as ``init(consonantsOf:)``
    /// makes it from the skeleton's string (read from the packed bytes, done for speed).
    /// Not for ``tooLong``, whose skeleton is not in it.
    public var consonantsOfSkeleton: WordKey {
        var low: UInt64 = 0, high: UInt64 = 0
        var shift: UInt64 = 0  // where the next consonant goes, in bits
        var rest = self.low, restHigh = self.high
        while rest != 0 {  // (the bytes of a word are never zero: past its last byte all are)
            let byte = UInt8(truncatingIfNeeded: rest)
            rest = (rest >> 8) | (restHigh << 56)
            restHigh >>= 8
            if NameFolding.isVowel(byte) { continue }
            if shift < 64 { low |= UInt64(byte) << shift } else { high |= UInt64(byte) << (shift - 64) }
            shift += 8
        }
        return WordKey(low: low, high: high)
    }

    private init(_ word: String, skippingVowels: Bool) {
        // (Read from the string's own bytes when it has them: walking `utf8` costs far more per byte.)
        self = word.utf8.withContiguousStorageIfAvailable { WordKey(utf8: $0, skippingVowels: skippingVowels) }
            ?? WordKey(utf8: word.utf8, skippingVowels: skippingVowels)
    }

    private init<Bytes: Sequence>(utf8 bytes: Bytes, skippingVowels: Bool) where Bytes.Element == UInt8 {
        var low: UInt64 = 0, high: UInt64 = 0
        var offset: UInt64 = 0
        for byte in bytes where !(skippingVowels && NameFolding.isVowel(byte)) {
            guard offset < 16 else { self = .tooLong; return }
            if offset < 8 { low |= UInt64(byte) << (8 * offset) } else { high |= UInt64(byte) << (8 * (offset - 8)) }
            offset += 1
        }
        self.init(low: low, high: high)
    }

    @inlinable
    public static func == (lhs: WordKey, rhs: WordKey) -> Bool { lhs.low == rhs.low && lhs.high == rhs.high }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(low)
        hasher.combine(high)
    }

    /// A multiply–xorshift mix instead of SipHash: these keys come from folded words, not
    /// from an adversary, and the tables are looked up once or more per word of text.
    public func _rawHashValue(seed: Int) -> Int {
        var h = (low ^ UInt64(UInt(bitPattern: seed))) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 32
        h = (h ^ high) &* 0xD6E8_FEB8_6659_FD93
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }
}
