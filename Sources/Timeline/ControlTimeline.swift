import GeometryCore
import Claims
import Places

/// Who held each place on any day, by the rules the README declares:
///
/// - A change (`captured`, `lost`) takes effect over its interval: before its first day
///   it has not happened, on its last day it is done, in between the place is `changing`
///   (both holders listed). A `lost` claim leaves the place to nobody known unless
///   another actor's capture covers the same days.
/// - A `controls` claim confirms a holder over its interval; for a place nobody is
///   known to hold, it sets the holder from its first day, and so it does when another
///   side held the place by claims that start before it (the place changed hands on a
///   day no text gives): the hold then lasts, like a capture's, until a later change.
/// - A hold lasts until a later change; claims say nothing about the days before them.
/// - Claims that disagree for the same day make the place `contested`, listing both
///   sides, unless one is settled by the declared priority: the claim that starts later
///   wins; then the more confident one. A `contested` claim covering the day makes the
///   place contested, unless all its sides are on the holder's side (alliances of the
///   actors file).
/// - Claims about a region or the country apply to the places inside it, except the
///   places the claim excepts (and places within 15 km of them), and only where no claim
///   about the place itself decides.
public struct ControlTimeline: Sendable {
    public let assertions: [Assertion]
    public let gazetteer: Gazetteer
    public let actors: ActorRegistry
    private let direct: [String: [Assertion]]
    private let regional: [Assertion]
    /// The ids of the places each regional claim covers, computed once.
    private let regionalMembers: [Set<String>]
    /// Every place any claim names directly or through a region, on the map, sorted by id.
    public let places: [Place]
    /// The days over which a claim bears on each place: ordinals from its first day to
    /// the day after its last (a place's state cannot change outside these spans).
    private let spanPlace: [Int32]
    private let spanFrom: [Int]
    private let spanThrough: [Int]
    /// The days on which an alliance begins or ends (the day after its last).
    private let allianceDays: [Int]
    /// One per timeline, so that states computed from this timeline are known as its own.
    public let identity = Identity()

    /// What tells one timeline from another, compared with `===`.
    public final class Identity: Sendable {}

    public init(assertions: [Assertion], gazetteer: Gazetteer, actors: ActorRegistry) {
        self.assertions = assertions.sorted { ($0.interval.from, $0.interval.to, $0.offset) < ($1.interval.from, $1.interval.to, $1.offset) }
        self.gazetteer = gazetteer
        self.actors = actors
        var direct: [String: [Assertion]] = [:]
        var regional: [Assertion] = []
        for assertion in self.assertions {
            if [.region, .country, .district].contains(assertion.place.kind) { regional.append(assertion) }
            direct[assertion.place.id, default: []].append(assertion)
        }
        self.direct = direct
        self.regional = regional
        // The places any claim bears on: named directly, or inside a region a claim names
        // (regions, districts and the country themselves are areas, not places).
        var named: [String: Place] = [:]
        for assertion in self.assertions { named[assertion.place.id] = assertion.place }
        var regionalMembers: [Set<String>] = []
        for claim in regional {
            let members = Self.members(of: claim, in: gazetteer)
            for place in members { named[place.id] = place }
            regionalMembers.append(Set(members.map(\.id)))
        }
        self.regionalMembers = regionalMembers
        let places = named.values.filter { $0.scope == .map && ![.country, .region, .district].contains($0.kind) }.sorted { $0.id < $1.id }
        self.places = places
        var placeIndex: [String: Int32] = [:]
        for (index, place) in places.enumerated() { placeIndex[place.id] = Int32(index) }
        var spanPlace: [Int32] = [], spanFrom: [Int] = [], spanThrough: [Int] = []
        func span(_ place: String, _ claim: Assertion) {
            guard let index = placeIndex[place] else { return }
            spanPlace.append(index)
            spanFrom.append(claim.interval.from.ordinal)
            spanThrough.append(claim.interval.to.ordinal + 1)
        }
        for assertion in self.assertions { span(assertion.place.id, assertion) }
        for (claim, members) in zip(regional, regionalMembers) { for member in members.sorted() { span(member, claim) } }
        self.spanPlace = spanPlace
        self.spanFrom = spanFrom
        self.spanThrough = spanThrough
        self.allianceDays = actors.actors.flatMap { $0.sidesWith.flatMap { [$0.from.ordinal, $0.to.ordinal + 1] } }
    }

    /// Every day on which some place's state may change: the first and the day after the
    /// last day of every claim, sorted.
    public var changeDays: [Day] {
        var days: Set<Day> = []
        for assertion in assertions {
            days.insert(assertion.interval.from)
            days.insert(assertion.interval.to)
            days.insert(assertion.interval.to.adding(days: 1))
        }
        return days.sorted()
    }

    /// The state of every place any claim bears on, on `day`, sorted by place id.
    public func states(on day: Day) -> [PlaceState] {
        places.map { state(of: $0, on: day) }
    }

    /// Moves `states`, this timeline's states on `previousDay`, to `day`: only the places
    /// that a claim bears on between the two days are computed again (every place when
    /// an alliance begins or ends in between). The same result as `states(on: day)`, in
    /// time proportional to the places that may have changed, whose indexes it returns.
    @discardableResult
    public func advance(_ states: inout [PlaceState], from previousDay: Day, to day: Day) -> [Int] {
        let (low, high) = (min(day.ordinal, previousDay.ordinal), max(day.ordinal, previousDay.ordinal))
        guard states.count == places.count, !allianceDays.contains(where: { low < $0 && $0 <= high }) else {
            states = self.states(on: day)
            return Array(places.indices)
        }
        guard low != high else { return [] }
        var done = [Bool](repeating: false, count: places.count)
        var changed: [Int] = []
        for span in spanPlace.indices where spanFrom[span] <= high && spanThrough[span] > low {
            let index = Int(spanPlace[span])
            guard !done[index] else { continue }
            done[index] = true
            changed.append(index)
            states[index] = state(of: places[index], on: day)
        }
        return changed
    }

    /// The side an actor fought on, on a day: the actor it sided with then, or itself.
    public func side(of actor: Actor, on day: Day) -> String {
        actor.sidesWith.first { $0.from <= day && day <= $0.to }?.actor ?? actor.id
    }

    /// The places inside the region, district or country a claim names, less its exceptions.
    func members(of claim: Assertion) -> [Place] { Self.members(of: claim, in: gazetteer) }

    static func members(of claim: Assertion, in gazetteer: Gazetteer) -> [Place] {
        let region = claim.place
        let excepted = claim.exceptions
        return gazetteer.places.filter { place in
            guard place.scope == .map, ![.region, .country, .district].contains(place.kind), place.id != region.id else { return false }
            let inside: Bool
            switch region.kind {
            case .country: inside = true
            case .region: inside = place.region == region.region
            default: inside = place.district == region.district
            }
            guard inside else { return false }
            return !excepted.contains { $0.id == place.id || Geodesic.distanceKm($0.position, place.position) < 15 }
        }
    }

    /// The state of one place on one day.
    public func state(of place: Place, on day: Day) -> PlaceState {
        let own = (direct[place.id] ?? []).filter { $0.interval.from <= day }
        var state = resolve(place: place, claims: own, on: day, fromRegion: false)
        if state.condition == .unknown {
            let covering = regional.indices.filter { regional[$0].interval.from <= day && regionalMembers[$0].contains(place.id) }
                .map { regional[$0] }
            if !covering.isEmpty { state = resolve(place: place, claims: covering, on: day, fromRegion: true) }
        }
        return state
    }

    private func resolve(place: Place, claims: [Assertion], on day: Day, fromRegion: Bool) -> PlaceState {
        var holder: Actor?
        var since: Day?
        var lastConfirmed: Day?
        var evidence: [Assertion] = []
        var changing: (from: Actor?, to: Actor)?
        var contested: [Actor] = []

        // Changes and confirmations in the order of their last day, captures after losses of the same day.
        let ordered = claims.sorted {
            ($0.interval.to, $0.status == .captured ? 1 : 0, $0.confidence) < ($1.interval.to, $1.status == .captured ? 1 : 0, $1.confidence)
        }
        for claim in ordered {
            switch claim.status {
            case .captured:
                if claim.interval.to <= day {
                    holder = claim.actor
                    since = claim.interval.from
                    lastConfirmed = min(claim.interval.to, day)
                    changing = nil
                } else {
                    changing = (holder, claim.actor)
                }
                evidence.append(claim)
            case .lost:
                guard claim.interval.to <= day else { evidence.append(claim); continue }
                if holder?.id == claim.actor.id || holder == nil {
                    // A capture by another over the same days keeps its holder.
                    let takenBy = ordered.first { $0.status == .captured && $0.actor.id != claim.actor.id
                        && $0.interval.overlaps(claim.interval) && $0.interval.to <= day }
                    if let taker = takenBy { holder = taker.actor; since = taker.interval.from } else { holder = nil; since = nil }
                }
                evidence.append(claim)
            case .controls:
                guard claim.interval.from <= day else { continue }
                if holder == nil {
                    holder = claim.actor
                    since = claim.interval.from
                } else if let existing = holder, side(of: existing, on: day) != side(of: claim.actor, on: day) {
                    // Disagreement: the later-starting claim wins, then the more confident. A hold by
                    // another side that starts after the holder's last claim means the place changed
                    // hands in between, so it stands after its interval too, until a later change.
                    let last = evidence.last { $0.actor.id == existing.id }
                    if let last, last.interval.from > claim.interval.from || (last.interval.from == claim.interval.from && last.confidence > claim.confidence) {
                        // keep the holder
                    } else if let last, last.interval.from == claim.interval.from && last.confidence == claim.confidence {
                        contested = [existing, claim.actor]
                    } else {
                        holder = claim.actor
                        since = claim.interval.from
                    }
                }
                if holder?.id == claim.actor.id || (holder.map { side(of: $0, on: day) } == side(of: claim.actor, on: day)) {
                    lastConfirmed = max(lastConfirmed ?? claim.interval.from, min(claim.interval.to, day))
                }
                evidence.append(claim)
            case .contested:
                guard claim.interval.from <= day else { continue }
                evidence.append(claim)
                guard claim.interval.to >= day else { continue }
                let holderSide = holder.map { side(of: $0, on: day) }
                let sameDayClaims = claims.filter { $0.status == .contested && $0.interval.overlaps(claim.interval) && $0.quote == claim.quote }
                let sides = Set(sameDayClaims.map { side(of: $0.actor, on: day) })
                if holderSide == nil || sides.contains(where: { $0 != holderSide }) {
                    for other in sameDayClaims where !contested.contains(where: { $0.id == other.actor.id }) { contested.append(other.actor) }
                }
            case .attacked:
                evidence.append(claim)
            }
        }
        if let change = changing {
            let sides = [change.from, change.to].compactMap { $0 }
            return PlaceState(place: place, condition: .changing, holder: change.to, sides: sides, since: since,
                              lastConfirmed: lastConfirmed, evidence: evidence, fromRegion: fromRegion)
        }
        if !contested.isEmpty {
            var sides = contested
            if let holder, !sides.contains(where: { $0.id == holder.id }) { sides.insert(holder, at: 0) }
            if Set(sides.map { side(of: $0, on: day) }).count > 1 || holder == nil {
                return PlaceState(place: place, condition: .contested, holder: holder, sides: sides, since: since,
                                  lastConfirmed: lastConfirmed, evidence: evidence, fromRegion: fromRegion)
            }
        }
        if let holder {
            return PlaceState(place: place, condition: .held, holder: holder, sides: [holder], since: since,
                              lastConfirmed: lastConfirmed, evidence: evidence, fromRegion: fromRegion)
        }
        return PlaceState(place: place, condition: .unknown, holder: nil, sides: [], since: nil, lastConfirmed: nil,
                          evidence: evidence, fromRegion: fromRegion)
    }
}
