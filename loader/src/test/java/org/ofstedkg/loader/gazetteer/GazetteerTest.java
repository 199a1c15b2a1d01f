package org.ofstedkg.loader.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.Ofk;
import org.ofstedkg.ontology.OntologyResources;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.bundled();

    @Test
    void bundledGazetteerHoldsEveryAuthorityOfTheLookupTableIncludingFormerOnes() {
        assertEquals(156, gazetteer.authorities().size());
        assertEquals(3, gazetteer.authorities().stream().filter(Authority::isFormer).count());
        assertEquals(Set.of("Cumbria", "Northamptonshire", "Poole"), gazetteer.authorities().stream()
                .filter(Authority::isFormer).map(Authority::name).collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "Cheshire East Council|80447",
        "Cheshire East Unitary Authority|80447",
        "Halton Borough Council|80471",
        "the London Borough of Barnet|80487",
        "London Borough of Hammersmith & Fulham|80497",
        "Royal Borough of Kingston upon Thames Council|80545",
        "City of London|80450",
        "Bristol, City of|80441",
        "City of Bristol|80441",
        "Council of the Isles of Scilly|80455",
        "Medway Children's Services|80522",
        "Tameside metropolitan borough|80569",
        "Southend-on-Sea city council|80559",
        "Wakefield District Metropolitan Council|80451",
        "City of Bradford Metropolitan District Council|80449",
        "Kingston Upon Hull City Council|80477",
        "Hull|80477",
        "St Helens Metropolitan Borough Council|80560",
        "County Durham|80465",
        "Leicester City|80482",
        "East Riding|80466",
        "Newcastle|80525",
        "Bournemouth, Christchurch and Poole|2532287",
        "BCP|2532287",
        "Westmorland and Furness|2733698",
        "Cumbria County Council|135513",
        "North Northamptonshire Council|2637539",
        "Northamptonshire|121939",
    })
    void resolvesTheWaysReportsNameAnAuthority(String printed, String urn) {
        assertEquals(Optional.of(urn), gazetteer.resolve(printed).map(Authority::ofstedUrn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"North", "Kingston", "Windsor", "Bath", "Council", "the London Borough of", "Bournemouth", "Borsetshire", ""})
    void refusesNamesThatDenoteNoOrSeveralAuthorities(String printed) {
        assertEquals(Optional.empty(), gazetteer.resolve(printed));
    }

    @Test
    void findsAuthoritiesByOfficialIdentifiers() {
        assertEquals("Cheshire East", gazetteer.byGssCode("E06000049").orElseThrow().name());
        assertEquals("Cheshire East", gazetteer.byDfeCode("895").orElseThrow().name());
        assertEquals("Cheshire East", gazetteer.byUrn("80447").orElseThrow().name());
        assertEquals("North West", gazetteer.byUrn("80447").orElseThrow().regionName());
        assertEquals(Optional.empty(), gazetteer.byGssCode("E99999999"));
    }

    @Test
    void countsAuthoritiesNamedInRunningTextLongestNameFirstAndCaseSensitively() {
        String text = "Children in North Northamptonshire are safer. North Northamptonshire leaders know "
                + "their services well. When reading the records, inspectors found that Halton's plans were clear.";
        var mentions = gazetteer.mentionsIn(text);
        assertEquals(List.of("2637539", "80471"), mentions.keySet().stream().map(Authority::ofstedUrn).toList());
        assertEquals(List.of(2, 1), List.copyOf(mentions.values()));
        assertEquals("2637539", gazetteer.mostMentionedIn(text).orElseThrow().ofstedUrn());
    }

    @Test
    void regionsFollowTheRegionNameWhereTheLookupTableCodesContradictIt() {
        assertEquals("E12000009", gazetteer.resolve("Gloucestershire").orElseThrow().regionGssCode());
        assertEquals("South West", gazetteer.resolve("Gloucestershire").orElseThrow().regionName());
        assertEquals("E12000008", gazetteer.resolve("Buckinghamshire").orElseThrow().regionGssCode());
        assertEquals(9, gazetteer.authorities().stream().map(Authority::regionGssCode).distinct().count());
        assertEquals(9, gazetteer.authorities().stream().map(Authority::regionName).distinct().count());
    }

    @Test
    void aPostalTownInAnAddressIsNotAMentionOfItsCouncil() {
        String text = "They are positive about working for Halton.\nOfsted\nPiccadilly Gate\nStore Street\nManchester\nM1 2WD\n";
        assertEquals(List.of("80471"), gazetteer.mentionsIn(text).keySet().stream().map(Authority::ofstedUrn).toList());
    }

    @Test
    void mostMentionedIsEmptyWhenNoAuthorityClearlyLeads() {
        assertEquals(Optional.empty(), gazetteer.mostMentionedIn("Halton and Wigan and Halton and Wigan."));
        assertEquals(Optional.empty(), gazetteer.mostMentionedIn("No place is named here."));
    }

    @Test
    void reorganisationsLinkPredecessorsAndSuccessors() {
        Model model = OntologyResources.authorities();
        assertSuccession(model, "135513", "2733690");
        assertSuccession(model, "135513", "2733698");
        assertSuccession(model, "121939", "2637539");
        assertSuccession(model, "121939", "2637548");
        assertSuccession(model, "137316", "2532287");
        assertEquals(3, model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, Ofk.Reorganisation).toList().size());
    }

    @Test
    void authoritiesWithACurrentGssCodeAreTheSameAsTheirOnsGeography() {
        Model model = OntologyResources.authorities();
        assertTrue(model.contains(ResourceFactory.createResource(Iris.authority("80447")),
                org.apache.jena.vocabulary.OWL.sameAs,
                ResourceFactory.createResource("http://statistics.data.gov.uk/id/statistical-geography/E06000049")));
        assertFalse(model.listObjectsOfProperty(ResourceFactory.createResource(Iris.authority("135513")),
                org.apache.jena.vocabulary.OWL.sameAs).hasNext());
    }

    @Test
    void nameFragmentsOfThePredecessorsDoNotBecomeNamesOfTheSuccessor() {
        assertEquals(List.of("BCP", "Bournemouth, Christchurch & Poole"), LookupTable.rejoinNames(
                List.of("BCP", "Bournemouth", "Christchurch & Poole"), "Bournemouth, Christchurch and Poole"));
        assertEquals(List.of("Kingston Upon Hull", "Hull"), LookupTable.rejoinNames(
                List.of("Kingston Upon Hull", "Hull"), "Kingston Upon Hull, City of"));
    }

    private static void assertSuccession(Model model, String before, String after) {
        var earlier = ResourceFactory.createResource(Iris.authority(before));
        var later = ResourceFactory.createResource(Iris.authority(after));
        assertTrue(model.contains(later, Ofk.predecessor, earlier), after + " should follow " + before);
        assertTrue(model.contains(earlier, Ofk.successor, later), before + " should precede " + after);
    }
}
