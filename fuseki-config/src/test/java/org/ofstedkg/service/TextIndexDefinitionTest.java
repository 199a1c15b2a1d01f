package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ofstedkg.loader.store.TextIndex;

/** The loader's text index and the server's are one index: the assembler files' entity map is the loader's. */
class TextIndexDefinitionTest {

    static {
        JenaSystem.init();
    }

    private static String describe(EntityDefinition definition) {
        TreeMap<String, List<String>> fields = new TreeMap<>();
        for (String field : definition.fields()) {
            List<String> predicates = new ArrayList<>();
            definition.getPredicates(field).forEach(p -> predicates.add(p.getURI()));
            fields.put(field, predicates);
        }
        return "entity=" + definition.getEntityField() + " default=" + definition.getPrimaryField() + " lang="
                + definition.getLangField() + " uid=" + definition.getUidField() + " graph=" + definition.getGraphField()
                + " fields=" + fields;
    }

    @ParameterizedTest
    @ValueSource(strings = {"config.ttl", "config-test.ttl"})
    void theAssemblerEntityMapIsTheLoaders(String file) {
        Model config = RDFDataMgr.loadModel(file);
        Resource entityMap = config.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                config.createResource(KnowledgeGraphServer.TEXT + "EntityMap")).toList().get(0);
        EntityDefinition assembled = (EntityDefinition) Assembler.general().open(entityMap);
        assertEquals(describe(TextIndex.entityDefinition()), describe(assembled));
    }
}
