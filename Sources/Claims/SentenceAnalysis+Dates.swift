import Places

// The date of a claim: the expression nearest its trigger, or a state's span.
extension SentenceAnalysis {
    /// The first word after a dateline ("CAIRO, EGYPT - ", "WASHINGTON, Aug. 2, 2016 — "): a sentence that opens with a
    /// word in capitals, then words with capitals or figures, then a dash between clauses; 0 when there is none.
    static func datelineEnd(words: SentenceWords) -> Int {
        guard words.count > 2, words[0].allCaps, words[0].key.utf8.count > 2 else { return 0 }
        for index in 1..<min(words.count, 7) {
            if words[index].dashBefore { return index }
            guard words[index].capitalized || words[index].key.utf8.first.map({ (48...57).contains($0) }) == true else { return 0 }
        }
        return 0
    }

    /// Whether a word starts a date ("on 3 March"): a number or a month's or weekday's name.
    func isDateWord(_ position: Int) -> Bool {
        guard position < words.count else { return false }
        let key = words[position].key
        return key.first?.isNumber == true || dates.contains { $0.first == position || $0.first == position - 1 }
    }

    /// Whether a relative clause tells how long its antecedent lasted ("which lasted from 7 May
    /// 2018", "which took place from …", "which took three months"); "which took control of
    /// Benghazi in July" tells an event.
    func tellsDuration(clause: Int) -> Bool {
        guard clause + 1 < words.count, Triggers.durationVerbs.contains(words[clause + 1].key) else { return false }
        guard words[clause + 1].key == "took", clause + 2 < words.count else { return true }
        let next = words[clause + 2].key
        return ["place", "several", "about", "nearly", "almost", "more", "less", "only", "just", "a", "an", "two", "three", "four",
                "five", "six", "seven", "eight", "nine", "ten"].contains(next) || next.first?.isNumber == true
    }

    /// The interval of a claim and how much to trust it.
    func date(for occurrence: Occurrence) -> (DayInterval, Double) {
        let status = isTakingUnderWay(occurrence) ? .contested : occurrence.trigger.status
        // A report dates nothing after its publication; a relative clause other than the
        // trigger's dates its own event ("Sirte, which it seized in 2014").
        let clause = clauseStart[occurrence.first]
        let usable = dates.filter { span in
            guard span.expression.interval.from <= published else { return false }
            let spanClause = clauseStart[span.first]
            // "…the Battle of Derna, which lasted from 7 May 2018 until 12 February 2019": a
            // clause that tells how long its antecedent lasted dates the antecedent.
            return spanClause == clause || tellsDuration(clause: spanClause) || !Extractor.relativeOpeners.contains(words[spanClause].key)
        }
        // "an operation that started in May regained the city in December": a date in a
        // relative clause between the subject and the verb dates that clause, not the verb.
        func inRelativeClause(_ span: DateSpan) -> Bool {
            span.first < occurrence.first && span.first > clause
                && (max(clause, span.first - 4)..<span.first).contains { Extractor.relativeOpeners.contains(words[$0].key) }
        }
        var events = usable.filter { $0.expression.kind != .since }
        if events.contains(where: inRelativeClause), events.contains(where: { !inRelativeClause($0) }) { events.removeAll(where: inRelativeClause) }
        func nearest(_ spans: [DateSpan]) -> DateSpan? {
            spans.min { abs($0.first - occurrence.first) < abs($1.first - occurrence.first) }
        }
        if status == .controls || status == .contested {
            if let since = nearest(usable.filter { $0.expression.kind == .since }) {
                var interval = since.expression.interval
                if let event = nearest(events), event.expression.interval.from > interval.from {
                    interval.to = event.expression.interval.from
                }
                return (interval, 1)
            }
            // "militias control Tripoli" is present; "its control of Sirte" is a noun, tenseless.
            // A seat described ("the government in Tobruk", "Tripoli is the seat of the GNA") holds as the text is written.
            let seat = occurrence.trigger.describesSeat
                && (occurrence.trigger.words != ["seat"] || ["is", "remains"].contains(words[occurrence.first].key))
            // "Ghrarat was now under their control": "now" after a past verb is the time the narrative is at.
            let presentTense = words.indices.contains { index in
                Self.presentWordKeys.contains(words[index].word)
                    && !(words[index].key == "now" && index > 0 && ["was", "were", "had"].contains(words[index - 1].key))
            }
            let present = seat || occurrence.trigger.presentState || presentTense
            // "The LNA, which controls much of eastern Libya, launched an offensive last week": a present
            // state in a relative clause holds as the text is written, whatever the main clause's date.
            let relativeEnd = ((occurrence.last + 1)..<words.count).first(where: { words[$0].breakBefore >= 1 }) ?? words.count
            if occurrence.trigger.presentState, relativeClause(of: occurrence), !events.contains(where: { $0.first >= clause && $0.first < relativeEnd }) {
                return (DayInterval(from: published, to: published, precision: .day), 0.95)
            }
            // "Citizens elected the Tobruk-based House of Representatives in June 2014", in the
            // report on 2016: a seat described holds in the year reported, not at an earlier event.
            if occurrence.trigger.describesSeat, let year = topic.reportedYear,
               events.allSatisfy({ $0.expression.interval.to.year < year }), !events.isEmpty,
               let reported = Day(year: year, month: 1, day: 1), reported <= published {
                return (DayInterval(from: reported, to: min(Day(year: year, month: 12, day: 31)!, published), precision: .year), 0.9)
            }
            // "became the LNA's stronghold in western Libya during the Second Libyan Civil War": the period named.
            if events.isEmpty, let period = topic.namedPeriod { return (period, 0.8) }
            // A seat described with no date nor tense of its own ("the GNC in Tripoli"): as of the last event told.
            if seat, !presentTense, events.isEmpty, let anchor { return (anchor, 0.85) }
            if present, events.isEmpty {
                if let asOf = topic.statesAsOf, !occurrence.trigger.describesSeat { return (asOf, 0.9) }
                return (DayInterval(from: published, to: published, precision: .day), 0.95)
            }
            // "LNA-aligned forces controlled most of eastern Libya" in the report on a year, with no date of its
            // own and none in its sentence: a state of the year reported.
            if events.isEmpty, usable.isEmpty, topic.isYearlyReport, let year = topic.reportedYear, let reported = Day(year: year, month: 1, day: 1), reported <= published {
                return (DayInterval(from: reported, to: min(Day(year: year, month: 12, day: 31)!, published), precision: .year), 0.9)
            }
        }
        // "The LNA has been besieging Tripoli", "GNA forces are shelling Tarhuna": going on as the text is written.
        if [.attacked, .contested].contains(status), events.isEmpty, occurrence.first >= 1, occurrence.trigger.progressive {
            let before = words[occurrence.first - 1].key
            let ongoing = ["is", "are"].contains(before)
                || before == "been" && occurrence.first >= 2 && ["has", "have"].contains(words[occurrence.first - 2].key)
            if ongoing, usable.allSatisfy({ $0.expression.kind != .since }) {
                return (DayInterval(from: published, to: published, precision: .day), 0.9)
            }
        }
        // "as army forces try to retake Tripoli", "are trying to dislodge": an attempt told in the present is as the text is written.
        if [.attacked, .contested].contains(status) || nearlyTakes(occurrence), events.isEmpty, usable.isEmpty, occurrence.first >= 2,
           words[occurrence.first - 1].key == "to" {
            let verb = occurrence.first - 2
            // ("in an attempt to recapture it": a noun, tenseless.)
            let noun = verb >= 1 && ["a", "an", "the", "its", "their", "his", "her", "this", "that"].contains(words[verb - 1].key)
            let attempt = Self.presentAttemptWords.contains(words[verb].key) && !noun
                || Self.attemptParticiples.contains(words[verb].key) && verb >= 1 && ["is", "are", "re"].contains(words[verb - 1].key)
            if attempt { return (DayInterval(from: published, to: published, precision: .day), 0.9) }
        }
        // "have been fighting to retake Sirte since May", "has been shelling Tripoli since April": since then, up to the text.
        if [.attacked, .contested].contains(status) && occurrence.trigger.progressive || nearlyTakes(occurrence), occurrence.first >= 2,
           (max(0, occurrence.first - 4)..<occurrence.first).contains(where: { words[$0].key == "been" }),
           let since = nearest(usable.filter { $0.expression.kind == .since }) {
            return (since.expression.interval, 1)
        }
        // "GNA forces are close to taking Sirte": as the text is written.
        if events.isEmpty, occurrence.first >= 3, nearlyTakes(occurrence), ["is", "are", "am"].contains(words[occurrence.first - 3].key) {
            return (DayInterval(from: published, to: published, precision: .day), 0.9)
        }
        // "the city was seized by the ARSC until it was taken over by the LNA on 21 February 2016", "The group held the
        // city until December 2016": what lasted until a later clause's date began before it (in the period the sentence
        // names, else at the last event told, else that year).
        let ownClauseDated = events.contains { clauseStart[$0.first] == clause }
        if !ownClauseDated,
           let until = events.first(where: { $0.first > occurrence.last && words[clauseStart[$0.first]].key == "until" && clauseStart[$0.first] > occurrence.last }) {
            let end = until.expression.interval.from
            let start = [topic.namedPeriod?.from, anchor?.from].compactMap { $0 }.first { $0 < end }
                ?? Day(year: end.year, month: 1, day: 1)!
            let last = status == .controls || status == .contested ? end : max(start, end.adding(days: -1))
            return (DayInterval(from: start, to: last, precision: .year), 0.8)
        }
        // "had captured Murzuq on 22 February 2019, but had later withdrawn from the town": a clause of its own that says
        // "later" and no date happened after the date before it, by the time the text is written.
        if !ownClauseDated,
           (clause..<occurrence.first).contains(where: { Self.afterwardKeys.contains(words[$0].word) }),
           let before = events.last(where: { $0.first < clause }), before.expression.interval.to < published {
            return (DayInterval(from: before.expression.interval.to.adding(days: 1), to: published, precision: .year), 0.8)
        }
        // "The LNA seized Murzuq in February, but Tebu militias drove it out of the town in August": a date of the trigger's
        // own clause first.
        if let event = nearest(events.filter { clauseStart[$0.first] == clause }) ?? nearest(events) { return (event.expression.interval, 1) }
        // "since April 2019, when the LNA launched a bid to seize Tripoli": an event dated by the start of a "since"
        // (not of a duration: "seized a base from forces who have been trying to take Libya for more than a year").
        // ("Derna, controlled by jihadist groups since 2014, was besieged": a "since" right after another state is that state's.)
        if status != .controls, status != .contested,
           let since = nearest(usable.filter { span in span.expression.kind == .since && !span.expression.text.lowercased().hasPrefix("for ")
               && !stateTriggerEnds.contains { $0 != occurrence.last && $0 < span.first && span.first - $0 <= 6 } }) {
            let from = since.expression.interval.from
            if from.day == 1 {
                let last = Day(year: from.year, month: from.month, day: Day.daysIn(month: from.month, year: from.year))!
                return (DayInterval(from: from, to: min(last, published), precision: .month), 0.9)
            }
            return (DayInterval(from: from, to: from, precision: .day), 0.9)
        }
        // "The city fell to Haftar-led LNA forces during the Second Libyan Civil War": the period named.
        if let period = topic.namedPeriod { return (period, 0.8) }
        if let anchor { return (anchor, 0.85) }
        return (DayInterval(from: published.adding(days: -30), to: published, precision: .month), 0.6)
    }
}
