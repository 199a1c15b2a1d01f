package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.Ofk;

/** HTML pages: every text escaped, and tables cut at the row cap with a note saying so. */
class HtmlPageTest {

    private static final String AUTHORITY = Iris.authority("9999903");

    private static DatasetGraph authorityWithInspections(String label, int inspections) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Node graph = NodeFactory.createURI(Iris.LOCAL_GAZETTEER_GRAPH);
        Node authority = NodeFactory.createURI(AUTHORITY);
        Txn.executeWrite(dataset, () -> {
            dataset.add(new Quad(graph, authority, RDF.type.asNode(), Ofk.LocalAuthority.asNode()));
            dataset.add(new Quad(graph, authority, RDFS.label.asNode(), NodeFactory.createLiteralString(label)));
            for (int i = 1; i <= inspections; i++) {
                Node inspection = NodeFactory.createURI(Iris.ID + "inspection/9999903/sif/2015-07-0" + i);
                dataset.add(new Quad(graph, inspection, Ofk.inspectedAuthority.asNode(), authority));
            }
        });
        return dataset;
    }

    private static String page(DatasetGraph dataset, int cap) {
        return new HtmlPage(dataset, cap).render(AUTHORITY, ResourceDescription.describe(dataset, AUTHORITY));
    }

    @Test
    void labelsAreEscapedSoThatNoMarkupFromTheDataReachesThePage() {
        String page = page(authorityWithInspections("<script>alert('x')</script> & \"Co\"", 1), 10);
        assertFalse(page.contains("<script"), page);
        assertTrue(page.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;</h1>"), page);
    }

    @Test
    void aTableLongerThanTheCapStopsThereAndSaysSo() {
        String page = page(authorityWithInspections("Ambridge", 3), 2);
        assertEquals(2, page.split("href=\"/id/inspection/9999903/sif/", -1).length - 1, page);
        assertTrue(page.contains("Only the first 2 rows are shown"), page);
        assertFalse(page(authorityWithInspections("Ambridge", 2), 2).contains("Only the first"));
    }
}
