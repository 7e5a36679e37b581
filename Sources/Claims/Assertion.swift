import Places

/// What a claim says about an actor and a place.
public enum ClaimStatus: String, Sendable, Hashable, CaseIterable {
    /// The actor took the place (a change of hands).
    case captured
    /// The actor held the place over the interval (a state).
    case controls
    /// The actor lost or left the place (a change of hands).
    case lost
    /// Fighting for the place; nobody holds it for sure.
    case contested
    /// The actor attacked the place, without a word on who held it after.
    case attacked
}

/// One dated actor–place claim of an article, with its evidence.
public struct Assertion: Sendable, Hashable {
    public var article: String
    public var actor: Actor
    public var place: Place
    public var status: ClaimStatus
    public var interval: DayInterval
    /// Places excepted from a claim about a region ("all Cyrenaica except Derna").
    public var exceptions: [Place]
    /// The sentence the claim comes from.
    public var quote: String
    /// Character offset of the quote in the article's text.
    public var offset: Int
    /// 0…1: how sure the rule is, lowered for references back and for undated claims.
    public var confidence: Double
    /// The rule that fired, e.g. "active:captured" or "passive:under the control of".
    public var rule: String

    /// Below this confidence an extracted claim is a suggestion: written to the review file
    /// for an analyst, not mapped until accepted. The sentences no rule reads but that name a
    /// side, a place and a verb of control or fighting give such claims (rule `co-occurrence:…`).
    public static let suggestionBelow = 0.3

    /// Whether the claim is mapped without review (see ``suggestionBelow``).
    public var isMapped: Bool { confidence >= Self.suggestionBelow }

    public init(article: String, actor: Actor, place: Place, status: ClaimStatus, interval: DayInterval, exceptions: [Place],
                quote: String, offset: Int, confidence: Double, rule: String) {
        self.article = article
        self.actor = actor
        self.place = place
        self.status = status
        self.interval = interval
        self.exceptions = exceptions
        self.quote = quote
        self.offset = offset
        self.confidence = confidence
        self.rule = rule
    }
}
