/// Where each of a fixed set of word keys stands: the slots behind ``WordKeySet`` and
/// ``WordKeyTable``, the vocabularies that the words of a text are looked up in, one
/// look-up or more per word.
///
/// An open-addressing table at most a quarter full, probed from a multiplicative hash of
/// the key: most words are in no vocabulary, and a look-up that misses usually stops at
/// the first empty slot, for a fraction of what `Set` and `Dictionary` spend on their
/// generic path.
///
/// The look-up is inlinable, as are ``WordKeySet/contains(_:)`` and the subscript of
/// ``WordKeyTable``: the rules of other modules test words against these vocabularies in
/// their inner loops, where a call per test costs more than the probe itself.
@usableFromInline
struct WordKeySlots: Sendable {
    /// Empty slots hold the key of the empty word (all zero bytes), which no word of text has.
    @usableFromInline let slots: [WordKey]
    /// How far right a hash is shifted to index `slots` (64 − log2 of their count).
    @usableFromInline let shift: UInt64
    /// Whether the empty word itself is one of the keys; its slot is then ``count``, past the others.
    @usableFromInline let holdsEmptyWord: Bool

    /// The number of slots, and the slot of the empty word when it is a key: what an array
    /// indexed by slot needs to hold.
    var count: Int { slots.count + 1 }

    @inlinable @inline(__always)
    static func isEmptyWord(_ key: WordKey) -> Bool { key.low == 0 && key.high == 0 }

    @inlinable @inline(__always)
    static func hash(_ key: WordKey, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xD6E8_FEB8_6659_FD93)) >> shift)
    }

    init<Keys: Sequence>(_ keys: Keys) where Keys.Element == WordKey {
        let unique = Set(keys)
        var bits: UInt64 = 1
        while (1 << bits) < 4 * unique.count { bits += 1 }
        var slots = [WordKey](repeating: WordKey(low: 0, high: 0), count: 1 << bits)
        let mask = slots.count - 1
        for key in unique where !Self.isEmptyWord(key) {
            var index = Self.hash(key, shift: 64 - bits)
            while !Self.isEmptyWord(slots[index]) { index = (index + 1) & mask }
            slots[index] = key
        }
        self.slots = slots
        self.shift = 64 - bits
        self.holdsEmptyWord = unique.contains(where: Self.isEmptyWord)
    }

    /// The slot of `key`, or nil when it is not one of the keys.
    @inlinable @inline(__always)
    func slot(of key: WordKey) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Self.hash(key, shift: shift)
            while true {
                let slot = slots[index]
                if slot == key { return Self.isEmptyWord(key) ? (holdsEmptyWord ? slots.count : nil) : index }
                if Self.isEmptyWord(slot) { return nil }
                index = (index + 1) & mask
            }
        }
    }
}

/// A fixed set of word keys (see ``WordKeySlots``).
public struct WordKeySet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline let slots: WordKeySlots

    public init<Keys: Sequence>(_ keys: Keys) where Keys.Element == WordKey {
        slots = WordKeySlots(keys)
    }

    public init(arrayLiteral keys: WordKey...) {
        self.init(keys)
    }

    @inlinable @inline(__always)
    public func contains(_ key: WordKey) -> Bool {
        slots.slot(of: key) != nil
    }
}

/// A fixed table from word keys to values (see ``WordKeySlots``), read as a dictionary is.
/// (Its subscript is inlinable, to be specialized for the values of each table.)
public struct WordKeyTable<Value> {
    @usableFromInline let slots: WordKeySlots
    /// The value of each key, by its slot.
    @usableFromInline let values: [Value?]

    public init(_ dictionary: [WordKey: Value]) {
        let slots = WordKeySlots(dictionary.keys)
        var values = [Value?](repeating: nil, count: slots.count)
        for (key, value) in dictionary { values[slots.slot(of: key)!] = value }
        self.slots = slots
        self.values = values
    }

    @inlinable
    public subscript(key: WordKey) -> Value? {
        guard let slot = slots.slot(of: key) else { return nil }
        return values[slot]
    }

    /// Whether `key` is one of the keys: a look-up that does not copy the value out.
    @inlinable @inline(__always)
    public func contains(_ key: WordKey) -> Bool {
        slots.slot(of: key) != nil
    }
}

extension WordKeyTable: Sendable where Value: Sendable {}
