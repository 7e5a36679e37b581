import Places

// The places a trigger governs: lists, landmarks, descriptions, origins and facilities.
extension SentenceAnalysis {
    /// Places after a trigger: the first within its reach, then those joined to it as a
    /// list ("Hun, Sokna, Waddan and others", "Jufra and Tinkhamenta, as well as the
    /// settlements of Hun"); places after "except" are exceptions.
    /// - driving: the trigger drives a side out ("pushed Haftar's fighters from Gharyan"): a place after "from" is what they lost, not where they come from.
    func governedPlaces(after occurrence: Occurrence, until limit: Int, driving: Bool = false) -> (places: [PlaceSpan], exceptions: [PlaceSpan]) {
        // Landmarks are not objects: "locations near Sirte", "10 kilometers south of Sirte".
        // ("advanced to within 30 km of Tripoli": the distance is the trigger's own.)
        let within = occurrence.trigger.words.last == "within"
        // ("The strike targeted an ISIS camp in the vicinity of Ubari", "a strike against AQIM near Ubari": an attack near a
        // town is on the town's ground.)
        let attack = occurrence.trigger.status == .attacked
        let candidates = places.filter { $0.first > occurrence.last && $0.first < limit
            && (driving && isOrigin($0) || within || !isLandmark($0, after: occurrence.last) || attack && isNear($0))
            && !($0.last + 1 < words.count && words[$0.last + 1].hyphenBefore && words[$0.last + 1].key == "based") }
        guard let first = candidates.first else { return ([], []) }
        // "attacks the Libyan oil port of Sidra": articles, names and nouns of a place's kind do not count.
        let between = (occurrence.last + 1)..<first.first
        // (Packed keys first; the table of anaphora is read by string last.)
        // ("airstrike on an ISIL training camp early today near rural Sabratha": a date's words do not count either.)
        let dateWords = dates.contains(where: { between.contains($0.first) })
            ? dates.filter { between.contains($0.first) }.map { $0.first..<($0.first + $0.expression.text.split(separator: " ").count) } : []
        let distance = between.filter { position in
            !(Self.listConnectorWords.contains(words, position) || dateWords.contains { $0.contains(position) } || words[position].capitalized || Self.placeEpithetKeys.contains(words[position].word)
                || Triggers.placeAnaphora[words[position].key] != nil)
        }.count + 1
        // "took control of numerous government buildings … in the city of Derna": a part reaches further.
        let partReach = between.prefix(6).contains { Triggers.partitiveWords.contains(words, $0) } ? 16 : 0
        guard distance <= max(occurrence.trigger.reach, partReach) || first.first - occurrence.last <= occurrence.trigger.reach else { return ([], []) }
        var objects = [first]
        var exceptions: [PlaceSpan] = []
        var inException = false
        var includedFrom: Int?
        for candidate in candidates.dropFirst() {
            // "Tarhuna, 65 km southeast of Tripoli, and Gharyan": the list goes on after a place's description.
            var gapStart = objects.last!.last + 1
            if let described = places.first(where: { $0.first > gapStart && $0.last < candidate.first && describesPlaceBefore($0) }) {
                gapStart = described.last + 1
            }
            let gap = gapStart..<candidate.first
            let gapWords = gap.map { words[$0].key }
            // "the Tuareg stronghold of Sabha, in Western Libya": a region after "in" locates.
            if [.region, .country, .district].contains(candidate.place.kind), gapWords.contains("in") { break }
            if gapWords.contains(where: { Extractor.exceptionWords.contains($0) }) { inException = true }
            // "oil ports in the Oil Crescent, including Ras Lanuf, Es Sider": the places named inside.
            let including = !inException && includedFrom == nil && gapWords.contains(where: { Self.inclusionWords.contains($0) })
            let joined = gapWords.allSatisfy { Self.listConnectors.contains($0) || Extractor.exceptionWords.contains($0) || $0.allSatisfy(\.isNumber)
                || (including && Self.inclusionWords.contains($0)) }
            guard joined || inException || Self.isLooseListGap(gap, in: words) else { break }
            if including { includedFrom = objects.count }
            if inException { exceptions.append(candidate) } else { objects.append(candidate) }
        }
        // "the Benghazi districts of Hawari and Sidi Ferej": the town locates its districts.
        if objects.count >= 2, objects[1].first - objects[0].last == 3,
           Self.partNouns.contains(words[objects[0].last + 1].key), words[objects[0].last + 2].key == "of" {
            objects.removeFirst()
        }
        // The container of places listed as included is where they lie, not an object ("oil
        // ports in the Oil Crescent, including Ras Lanuf"); a container taken itself is one
        // ("captured all of western Libya, including the capital Tripoli").
        if let includedFrom {
            let containers = objects[..<includedFrom].filter { span in
                [.country, .region, .district, .area].contains(span.place.kind)
                    && (max(0, span.first - 2)..<span.first).contains { ["in", "at", "across", "throughout"].contains(words[$0].key) }
            }
            if containers.count == includedFrom { objects.removeFirst(includedFrom) }
        }
        return (objects, exceptions)
    }

    /// A gap between two places of a list that holds a part or the tail of an item ("ISIL
    /// takes over the city of Derna and later part of the Sabha countryside, the Al Maborok
    /// oil field, the radio station in Sirte"): after a comma or "and", at most two plain
    /// lowercase nouns (no verb forms, no names) besides the list's own words.
    static func isLooseListGap(_ gap: Range<Int>, in words: SentenceWords) -> Bool {
        guard !gap.isEmpty, gap.contains(where: { words[$0].breakBefore == 1 || words[$0].key == "and" }) || words[gap.upperBound].breakBefore == 1
        else { return false }
        var loose = 0
        for index in gap where !(listConnectors.contains(words[index].key) || Triggers.partitives.contains(words[index].key)) {
            let key = words[index].key
            if words[index].capitalized || key.hasSuffix("ing") || key.hasSuffix("ed") || key.allSatisfy(\.isNumber) || words[index].breakBefore == 2 { return false }
            loose += 1
            if loose > 2 { return false }
        }
        return true
    }

    /// The one town, site or quarter a sentence places things in ("over Benghazi", "in
    /// Sirte"), when it names just one so: not a landmark, an origin or a region.
    func siteOfSentence() -> Place? {
        var found: Place?
        for span in places where ![.region, .country, .district].contains(span.place.kind) && span.place.scope == .map
            && !isLandmark(span, after: -1) && !isOrigin(span) {
            let first = Self.titleStart(of: span, in: words)
            guard first > 0, ["in", "at", "over", "inside", "around"].contains(words[first - 1].key) else { continue }
            if let found, found.id != span.place.id { return nil }
            found = span.place
        }
        return found
    }

    /// Whether a place after a trigger is a landmark ("near Sirte", "10 kilometers south of
    /// Sirte") rather than an object; "in the west of Sirte" is inside it.
    /// A direction is a locator only before "of" ("south of Sirte", not "south western Benghazi").
    func isLandmark(_ span: PlaceSpan, after trigger: Int) -> Bool {
        // "near the city of Sirte": the noun naming the place's kind is part of its name here.
        var first = span.first
        while first - 1 > trigger, Self.landmarkNameWordKeys.contains(words[first - 1].word),
              span.first - first < 4 { first -= 1 }
        if isOrigin(span) { return true }
        // "roads leading to Derna", "the road to Sirte": a way, not the place.
        if first >= 2, words[first - 1].key == "to", ["leading", "road", "roads", "route", "routes", "highway", "way"].contains(words[first - 2].key) { return true }
        let locatorKeys = Triggers.locatorKeys, directionKeys = Triggers.directionKeys
        return (max(trigger + 1, first - 3)..<first).contains { position in
            locatorKeys.contains(words[position].word)
                && !(directionKeys.contains(words[position].word) && words[position + 1].key != "of")
                && !(position >= 2 && words[position - 1].key == "the" && words[position - 2].key == "in")
        }
    }

    /// Whether a place is named as what something is near: "near Ubari", "in the vicinity of Sabha", "on the outskirts
    /// of Derna" (not a distance or a direction: "50 km south of Tripoli").
    func isNear(_ span: PlaceSpan) -> Bool {
        // ("near the town of Ubari", "near coastal Sirte": from the place's title; "near rural Sabratha".)
        let title = Self.titleStart(of: span, in: words)
        if title >= 1, words[title - 1].key == "near" || title >= 2 && words[title - 1].key == "rural" && words[title - 2].key == "near" { return true }
        let start = span.first
        return start >= 3 && words[start - 1].key == "of" && ["vicinity", "outskirts", "environs", "edge"].contains(words[start - 2].key)
            && words[start - 3].key == "the"
    }

    /// Whether a place stands in an apposition that describes the place before it: after a
    /// comma right behind that place, an article, a figure or a word of direction opens a
    /// description that names it with "of" or "in" ("Sabha, the main city of the south",
    /// "Gharyan, 80 km south of Tripoli"); a list ("Hun, Sokna and the town of Waddan") is none.
    func describesPlaceBefore(_ span: PlaceSpan) -> Bool {
        guard let head = places.last(where: { $0.last < span.first }), head.last + 1 < span.first,
              span.first - head.last <= 9 else { return false }
        // "Ajdabiya, the town of Tarhouna and Bani Walid": a town's own title is a list's next item.
        if [.city, .town, .village].contains(span.place.kind), span.first >= 2, words[span.first - 1].key == "of",
           Self.townTitleNouns.contains(words[span.first - 2].key) { return false }
        let opening = head.last + 1
        guard words[opening].breakBefore == 1, !words[opening].semicolonBefore, !words[opening].capitalized || words[opening].key == "the" else { return false }
        let key = words[opening].key
        guard ["the", "a", "an", "some", "about", "around", "roughly", "nearly", "just"].contains(key) || Triggers.directions.contains(key)
                || key.utf8.first.map({ (48...57).contains($0) }) == true else { return false }
        let gap = opening..<span.first
        return gap.dropFirst().allSatisfy { words[$0].breakBefore == 0 }
            && gap.contains { ["of", "in"].contains(words[$0].key) }
            && !gap.contains { ["and", "or", "well", "along", "plus"].contains(words[$0].key) }
    }

    /// The towns named in a range of words as the surroundings of a fight or a strike (``isSurroundings(_:)``).
    func surroundingTowns(in range: Range<Int>) -> [PlaceSpan] {
        guard !range.isEmpty else { return [] }
        // ("fought for control of Gharyan, south of Tripoli": a description of the town before, not where the fight is.)
        return places.filter { range.contains($0.first) && isSurroundings($0) && !describesPlaceBefore($0) }
    }

    /// Whether a landmark is the surroundings of a town, where a fight for it goes on
    /// ("south of Tripoli", "outside Sirte", "near Benghazi", "the outskirts of Derna"),
    /// not a distance away from it ("70 kilometers east of Sirte").
    func isSurroundings(_ span: PlaceSpan) -> Bool {
        guard [.city, .town, .village].contains(span.place.kind) else { return false }
        let first = span.first
        let before = max(0, first - 6)..<first
        if before.contains(where: { ["kilometres", "kilometers", "km", "miles", "far"].contains(words[$0].key) }) { return false }
        return before.contains { position in
            ["outside", "near", "around"].contains(words[position].key)
                || position + 1 < first && words[position + 1].key == "of"
                    && (Triggers.directions.contains(words[position].key) || ["outskirts", "suburbs", "edge", "edges", "gates"].contains(words[position].key))
        }
    }

    /// Whether a word is written with the English possessive ("Tripoli's", "Tripoli’s").
    func isPossessive(_ index: Int) -> Bool {
        let end = words[index].utf8Range.upperBound - sentence.utf8Range.lowerBound
        var text = sentence.text
        return text.withUTF8 { bytes in
            func byte(_ offset: Int) -> UInt8 { offset >= 0 && offset < bytes.count ? bytes[offset] : 0 }
            // The word's range may end before or after the possessive; "'" or the last byte of "’" (E2 80 99) before the "s".
            let inside = byte(end - 1) | 0x20 == UInt8(ascii: "s") && (byte(end - 2) == UInt8(ascii: "'") || byte(end - 2) == 0x99)
            let after = byte(end) == UInt8(ascii: "'") && byte(end + 1) | 0x20 == UInt8(ascii: "s")
                || byte(end) == 0xE2 && byte(end + 1) == 0x80 && byte(end + 2) == 0x99 && byte(end + 3) | 0x20 == UInt8(ascii: "s")
            return inside || after
        }
    }

    /// Whether a place is where a force comes from, not where it fights: "militias from
    /// Tripoli", "the 7th Brigade, originating from the town of Tarhuna".
    func isOrigin(_ span: PlaceSpan) -> Bool {
        let first = Self.titleStart(of: span, in: words)
        // The later items of a list of origins: "elders from Zintan and Zawia".
        if first >= 2, words[first - 1].word == Self.andKey || words[first - 1].word == Self.orKey || words[first].breakBefore == 1,
           let previous = places.last(where: { $0.last < span.first && $0.last >= first - 2 }), previous.first < span.first {
            return isOrigin(previous)
        }
        guard first >= 2, words[first - 1].word == Self.fromKey else { return false }
        let genericForce = Triggers.genericForceNounWords.contains(words, first - 2)
        // ("withdrew its forces from Sirte": a side's own forces taken out of a place, no origin.)
        if genericForce, first >= 4, ["its", "their", "his"].contains(words[first - 3].key),
           Triggers.removalWords.contains(words[first - 4].key) || ["pulled", "pulls", "withdraws", "withdrawing", "withdrawn", "moved", "evacuated"].contains(words[first - 4].key) {
            return false
        }
        return Triggers.originWordSet.contains(words, first - 2) || genericForce
            || Self.peopleFromWords.contains(words, first - 2)
    }

    /// Where a place's name starts with the words of its title before it ("from the western
    /// city of Misrata": at "the"), at most four words back.
    static func titleStart(of span: PlaceSpan, in words: SentenceWords) -> Int {
        var first = span.first
        while first > 0, originNameWordKeys.contains(words[first - 1].word), span.first - first < 4 { first -= 1 }
        return first
    }

    /// "the Ras Lanuf and Es Sider terminals": a facility noun right after a list of names is
    /// its head noun, so each town of the list stands for its facility of that kind; nil when
    /// no such noun follows the list.
    func headFacilities(of list: [PlaceSpan]) -> [Place]? {
        guard let last = list.last, last.last + 1 < words.count, words[last.last + 1].breakBefore == 0,
              let kinds = Triggers.placeAnaphora[words[last.last + 1].key], kinds.allSatisfy(\.isFacility),
              zip(list, list.dropFirst()).allSatisfy({ pair in
                  ((pair.0.last + 1)..<pair.1.first).allSatisfy { Self.listConnectors.contains(words[$0].key) } })
        else { return nil }
        return list.map { span in
            [.city, .town, .village].contains(span.place.kind) ? gazetteer.facility(of: kinds, serving: span.place) ?? span.place : span.place
        }
    }

    /// "Sirte's airport", "Sirte's port, airport and …": facility nouns right after a town
    /// (or after a facility and a comma) mean that town's facilities of those kinds; nil
    /// when no such noun follows or the town has none.
    func facilitiesNamed(after span: PlaceSpan) -> [Place]? {
        // After a facility ("Sirte's port, airport"), the others are those nearest it.
        let isFacility = span.place.kind.isFacility
        guard isFacility || [.city, .town, .village].contains(span.place.kind) else { return nil }
        var found: [Place] = isFacility ? [span.place] : []
        var position = span.last + 1
        if isFacility, position < words.count, words[position].breakBefore == 1 || words[position].key == "and" {
            if words[position].key == "and" { position += 1 }
        } else if isFacility {
            return nil
        } else if position + 1 < words.count, Triggers.describesPlace(words[position]),
                  Triggers.placeAnaphora[words[position + 1].key]?.allSatisfy(\.isFacility) == true {
            // "Tripoli's old airport", "Sirte's main port".
            position += 1
        }
        while position < words.count, let kinds = Triggers.placeAnaphora[words[position].key], kinds.allSatisfy(\.isFacility) {
            if let facility = gazetteer.facility(of: kinds, serving: span.place), !found.contains(facility) { found.append(facility) }
            position += 1
            if position < words.count, words[position].key == "and" { position += 1 }
        }
        return found.count > (isFacility ? 1 : 0) ? found : nil
    }

    /// The places a noun refers to when the trigger names none: "the town", "the air base",
    /// "these areas" mean the last places named of a kind they can mean; "the airport",
    /// "the port" with no such place, the facility of that kind of a town this sentence or
    /// the one before names; "the capital" (not "the capital of …"), the area's capital.
    /// Nil when no such words stand in `range`.
    func referredPlaces(in range: Range<Int>) -> [Place]? {
        guard !range.isEmpty else { return nil }
        let referringKeys = Triggers.placeReferringKeys
        for position in range where position > 0 {
            // Most words refer to no place: only "capital" and the nouns of ``Triggers/placeAnaphora`` go on.
            guard referringKeys.contains(words[position].word) else { continue }
            let key = words[position].key
            let before = words[position - 1].key
            if key == "capital", before == "the", !(position + 1 < words.count && words[position + 1].key == "of") {
                // "the capital's main airport": the capital's facility of the kind the noun after names.
                if isPossessive(position), let capital = gazetteer.capital,
                   let (noun, kinds) = ((position + 1)..<min(words.count, position + 3)).lazy.compactMap({ noun -> (Int, Set<PlaceKind>)? in
                       guard let kinds = Triggers.placeAnaphora[self.words[noun].key], kinds.allSatisfy(\.isFacility) else { return nil }
                       return (noun, kinds)
                   }).first,
                   ((position + 1)...noun).allSatisfy({ words[$0].breakBefore == 0 }) {
                    return gazetteer.facility(of: kinds, serving: capital).map { [$0] } ?? [capital]
                }
                return gazetteer.capital.map { [$0] } ?? []
            }
            // "the entire city", "the former international airport": a determiner before the adjectives.
            var start = position - 1
            while start > 0, position - start <= 3, Triggers.describesPlace(words[start]) { start -= 1 }
            let determined = Triggers.placeDeterminers.contains(words[start].key)
            // "seized a major airbase south of Tripoli", named in the next sentence.
            if !determined, !topic.facilitiesNamedNext.isEmpty, let kinds = Triggers.placeAnaphora[key], kinds.allSatisfy(\.isFacility),
               (max(0, position - 3)..<position).contains(where: { ["a", "an"].contains(words[$0].key) }),
               !self.places.contains(where: { $0.first > position && $0.first <= position + 2 && kinds.contains($0.place.kind) }) {
                if let named = topic.facilitiesNamedNext.first(where: { kinds.contains($0.kind) }) { return [named] }
                continue
            }
            // "the coastal towns of Sorman, Sabratha": the places named after the noun, not earlier ones.
            if position + 2 < words.count, words[position + 1].key == "of", self.places.contains(where: { $0.first == position + 2 || $0.first == position + 3 }) {
                continue
            }
            // "BDB and Misratan militias raid base" (a headline): the title's facility, with no determiner.
            let headline = !determined && position == range.lowerBound && Triggers.placeAnaphora[key]?.allSatisfy(\.isFacility) == true
                && topic.facilities.contains { Triggers.placeAnaphora[key]!.contains($0.kind) }
            guard let kinds = Triggers.placeAnaphora[key], determined || headline else { continue }
            // "the port road" is a road (but "the city center" is a part of the city).
            if kinds.allSatisfy(\.isFacility), position + 1 < words.count, words[position + 1].breakBefore == 0, Triggers.partitives.contains(words[position + 1].key) { continue }
            // "roads leading to Derna and a blockade of the city": a place this sentence named before the noun, else the last ones named.
            let here = self.places.filter { $0.last < position && $0.place.scope == .map }.map(\.place).filter { kinds.contains($0.kind) }
            let named = !here.isEmpty ? [here.last!]
                : topic.isPlaceArticle && !topic.places.filter({ kinds.contains($0.kind) }).isEmpty ? topic.places.filter { kinds.contains($0.kind) }
                : lastPlaces.filter { kinds.contains($0.kind) }
            // "took control of the city's port": the town's facility of the kind the noun after names.
            if named.count == 1, isPossessive(position), position + 1 < words.count, words[position + 1].breakBefore == 0 {
                let noun = position + 2 < words.count && Triggers.describesPlace(words[position + 1]) ? position + 2 : position + 1
                if let facilityKinds = Triggers.placeAnaphora[words[noun].key], facilityKinds.allSatisfy(\.isFacility) {
                    return gazetteer.facility(of: facilityKinds, serving: named[0]).map { [$0] } ?? []
                }
            }
            if !named.isEmpty { return named }
            // "holding out in the city" in an article on the battle of Sirte, the last places named being quarters: the title's town.
            if !kinds.allSatisfy(\.isFacility) {
                let titled = topic.places.filter { kinds.contains($0.kind) }.prefix(1).map { $0 }
                // ("moved into the neighborhood" after a town's quarter no gazetteer names: a part of that town, ``placesOfNouns(_:)``.)
                if titled.isEmpty, kinds == [.area] { return nil }
                return titled
            }
            // "the airport" named paragraphs ago, or in the title ("Battle of Tripoli Airport").
            if let facility = topic.facilities.last(where: { kinds.contains($0.kind) }) { return [facility] }
            let settlements: Set<PlaceKind> = [.city, .town, .village]
            // ("Following the fall of the airport, the House of Representatives relocated to Tobruk": not a town named after the noun.)
            let towns = self.places.filter { $0.last < position }.map(\.place).filter { settlements.contains($0.kind) }
                + lastPlaces.filter { settlements.contains($0.kind) }
            for town in towns {
                if let facility = gazetteer.facility(of: kinds, serving: town) { return [facility] }
            }
            return []
        }
        return nil
    }
}
