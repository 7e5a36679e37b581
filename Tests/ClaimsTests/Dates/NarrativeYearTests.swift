import Claims
import Testing

/// A year that opens a sentence ("In 2016, …") is the year the narrative has reached: the
/// months written alone after it in the paragraph fall in it, not in the publication year.
@Suite struct NarrativeYearTests {
    let published = Day(iso: "2019-12-31")!

    @Test func monthsAfterAnOpeningYearFallInIt() {
        let found = claims("""
            In 2016, ISIL-Libya expanded operations into the oil crescent. \
            In December, Libyan forces drove ISIL-Libya from its main stronghold in Sirte.
            """, published: published)
        #expect(found.contains("isil lost gn:2210554 2016-12-01..2016-12-31"), "\(found)")
        #expect(!found.contains { $0.contains("2019-12") }, "\(found)")
    }

    /// A year named inside a sentence is background ("since the 2011 war"), and a new
    /// paragraph starts a new narrative: neither places a later month.
    @Test func backgroundYearsAndOtherParagraphsDoNot() {
        let background = claims("""
            The country has been divided since the 2011 war. \
            In December, Libyan forces drove ISIL-Libya from Sirte.
            """, published: published)
        #expect(background.contains("isil lost gn:2210554 2019-12-01..2019-12-31"), "\(background)")
        let paragraph = claims("""
            In 2016, ISIL-Libya expanded operations into the oil crescent.

            In December, Libyan forces drove ISIL-Libya from Sirte.
            """, published: published)
        #expect(paragraph.contains("isil lost gn:2210554 2019-12-01..2019-12-31"), "\(paragraph)")
    }

    /// A month later than the publication month in the narrative's year cannot be meant:
    /// it is the most recent such month, as without a narrative.
    @Test func aMonthAfterPublicationIsNotTakenFromTheNarrative() {
        let found = claims("""
            In 2019, the LNA attacked Tripoli. \
            In December, Libyan forces drove ISIL-Libya from Sirte.
            """, published: Day(iso: "2019-06-30")!)
        #expect(found.contains("isil lost gn:2210554 2018-12-01..2018-12-31"), "\(found)")
    }
}
