import Foundation
import GeoJSON

/// Ranking the places one name may denote, and deciding when the ranking is clear.
///
/// The weight of a candidate is, in this order of strength: its match level (10 points
/// per level, less half a point for each spelling rule only one of the names needed); a cue in the text that calls for its kind (+5) or for another kind (−2);
/// for a facility with no cue, −12 (more than a level), because facilities carry the
/// name of their town or area ("Jufra" the district, "Jufra" the airbase); how likely a bare mention means its
/// kind (``PlaceKind``, half a point per step); its population (0.25 per power of ten);
/// +1 for a facility of the kind a cue calls for whose own name carries the name
/// written; and +1.5 when it lies
/// within 25 km (+1 within 100 km) of a place named without doubt elsewhere in the text. A name is ambiguous when the two best candidates are less than 0.75 apart.
enum Disambiguation {
    static let ambiguityMargin = 0.75
    static let nearbyKm = 100.0

    static func rank(_ matches: [NameMatch], context: ResolutionContext) -> [Candidate] {
        var candidates = matches.map { match in
            var weight = Double(match.level.rawValue) * 10 - 0.5 * Double(match.differences)
            let place = match.table.places[Int(match.placeIndex)]
            let kind = place.kind
            var cueMatched: String?
            // (Looked up once for the tests below: each look-up hashes the kind. Done for speed.)
            let cueCallsForKind = !context.cueKinds.isEmpty && context.cueKinds.contains(kind)
            if !context.cueKinds.isEmpty {
                if cueCallsForKind {
                    weight += 5
                    cueMatched = context.cue ?? kind.displayName
                } else {
                    weight -= 2
                }
            }
            let facilityWithoutCue = kind.isFacility && !cueCallsForKind
            if facilityWithoutCue { weight -= 12 }
            weight += kind.prominence * 0.5
            if let population = place.population, population > 0 {
                weight += log10(Double(population)) * 0.25
            }
            // A facility whose own name carries the name written ("Tripoli International
            // Airport" for "Tripoli airport") before one that only serves that town.
            if kind.isFacility, cueCallsForKind, match.matchedName != place.name,
               NameFolding.key(place.name).split(separator: " ").contains(Substring(NameFolding.key(match.matchedName))) {
                weight += 1
            }
            // "Benghazi's airport": the one with scheduled flights (an IATA code: Benina, BEN) before an airstrip
            // that bears the town's name (Benghazi Aviation Club Airport).
            if kind.isFacility, cueCallsForKind, place.hasScheduledFlights {
                weight += 2
            }
            let position = place.position
            let closest = context.nearby.map { distanceKm($0, position) }.min() ?? .infinity
            let near = closest < nearbyKm
            if near { weight += closest < 25 ? 1.5 : 1.0 }
            return Candidate(match: match, weight: weight, cueMatched: cueMatched, facilityWithoutCue: facilityWithoutCue, nearOthers: near)
        }
        // (Sorted in place: `sorted` copied the new array first, one copy per name looked up; the order is the same.)
        candidates.sort { ($0.weight, $1.match.placeIndex) > ($1.weight, $0.match.placeIndex) }
        return candidates
    }

    static func decide(_ ranked: [Candidate]) -> Resolution {
        guard let best = ranked.first else { return .unknown }
        let rest = Array(ranked.dropFirst())
        if let second = rest.first, best.weight - second.weight < ambiguityMargin {
            let tied = ranked.filter { best.weight - $0.weight < ambiguityMargin }
            return .ambiguous(tied)
        }
        return .resolved(best, alternatives: rest)
    }

    static func cueWord(for kind: PlaceKind) -> String {
        switch kind {
        case .airbase: return "airbase"
        case .airport: return "airport"
        case .oilTerminal: return "terminal"
        case .oilField: return "oil field"
        case .port: return "port"
        default: return kind.displayName
        }
    }

    /// Great-circle distance on a sphere of radius 6371 km, enough to tell near from far.
    static func distanceKm(_ a: Position, _ b: Position) -> Double {
        let rad = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * rad
        let dLon = (b.longitude - a.longitude) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.latitude * rad) * cos(b.latitude * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371 * asin(min(1, sqrt(h)))
    }
}
