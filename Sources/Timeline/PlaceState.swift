import Claims
import Places

/// What is known of a place on one day.
public enum PlaceCondition: String, Sendable, Hashable, CaseIterable {
    /// One side holds it.
    case held
    /// Claims for the same days disagree, or the text reports fighting for it.
    case contested
    /// Inside the interval of an imprecisely dated change of hands: both holders are listed.
    case changing
    /// Nothing is claimed about it up to that day.
    case unknown
}

/// The state of a place on one day, with the claims behind it.
public struct PlaceState: Sendable, Hashable {
    public var place: Place
    public var condition: PlaceCondition
    /// The holder when held; the new holder when changing.
    public var holder: Actor?
    /// Every side involved: the two holders of a change, the sides of a contest.
    public var sides: [Actor]
    /// The first day of the holder's current hold (the start of the change or claim that set it).
    public var since: Day?
    /// The last day up to the snapshot on which a claim confirmed the holder.
    public var lastConfirmed: Day?
    /// The claims this state rests on, oldest first.
    public var evidence: [Assertion]
    /// Whether the state comes from a claim about a region that includes the place.
    public var fromRegion: Bool

    /// How sure the state is: the highest confidence among the claims behind it that name one of its
    /// sides (the holder, both holders of a change, the sides of a contest); nil when no claim does.
    /// A reviewed claim an analyst accepted or added counts at its reviewed confidence.
    public var confidence: Double? {
        let named = Set((sides + (holder.map { [$0] } ?? [])).map(\.id))
        return evidence.filter { named.contains($0.actor.id) }.map(\.confidence).max()
    }
}
