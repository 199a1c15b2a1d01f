# Derived facts: what the graph accepts about each inspection when its documents disagree. Ofsted's own documents
# win over other documents (a council paper), field by field: a document's date, kind or grade is accepted when it
# is an Ofsted document, or when no Ofsted document states that field for that inspection. Of several accepted
# values the earliest start and publication date, the latest end date and the lowest grade IRI are taken; of the
# accepted kinds, the most specific (no document gives a narrower one). The queries used to reconcile this on every
# request; it is done here once per load. Run after weaknesses.ru, which replaces the graph of derived facts. An
# update's default graph is not the union of the graphs, so the classes of documents and the hierarchy of kinds are
# read from the graph of the ontology and its vocabularies by name.
PREFIX ofk:  <https://w3id.org/ofsted-kg/def/>
PREFIX graph: <https://w3id.org/ofsted-kg/id/graph/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

# One record per inspection that a document describes, named after the inspection. The accepted facts are the
# record's, not the inspection's, so that they never mix with the documents' own claims in the union graph.
INSERT {
  GRAPH graph:derived {
    ?record a ofk:InspectionRecord ; ofk:recordOf ?inspection ;
            prov:wasGeneratedBy <https://w3id.org/ofsted-kg/id/graph/derived/activity> .
  }
}
WHERE {
  SELECT DISTINCT ?inspection (IRI(CONCAT(STR(?inspection), "/record")) AS ?record)
  WHERE { GRAPH ?document { ?document ofk:describes ?inspection } }
} ;

# The kind: the most specific any document gives, among the accepted ones.
INSERT { GRAPH graph:derived { ?record ofk:acceptedKind ?kind } }
WHERE {
  SELECT ?inspection (MIN(?k) AS ?kind) (IRI(CONCAT(STR(?inspection), "/record")) AS ?record) WHERE {
    GRAPH ?document { ?document ofk:describes ?inspection ; a ?class . ?inspection ofk:inspectionKind ?k }
    FILTER NOT EXISTS { GRAPH ?other { ?inspection ofk:inspectionKind ?narrower }
                      GRAPH graph:vocabulary { ?narrower skos:broader ?k } }
    FILTER (EXISTS { GRAPH graph:vocabulary { ?class rdfs:subClassOf* ofk:OfstedDocument } } || NOT EXISTS {
      GRAPH ?ofsted { ?ofsted ofk:describes ?inspection ; a ?ofsted_class . ?inspection ofk:inspectionKind ?any }
      GRAPH graph:vocabulary { ?ofsted_class rdfs:subClassOf* ofk:OfstedDocument } })
  } GROUP BY ?inspection
} ;

# The first day of fieldwork.
INSERT { GRAPH graph:derived { ?record ofk:acceptedStartDate ?date } }
WHERE {
  SELECT ?inspection (MIN(?d) AS ?date) (IRI(CONCAT(STR(?inspection), "/record")) AS ?record) WHERE {
    GRAPH ?document { ?document ofk:describes ?inspection ; a ?class . ?inspection ofk:startDate ?d }
    FILTER (EXISTS { GRAPH graph:vocabulary { ?class rdfs:subClassOf* ofk:OfstedDocument } } || NOT EXISTS {
      GRAPH ?ofsted { ?ofsted ofk:describes ?inspection ; a ?ofsted_class . ?inspection ofk:startDate ?any }
      GRAPH graph:vocabulary { ?ofsted_class rdfs:subClassOf* ofk:OfstedDocument } })
  } GROUP BY ?inspection
} ;

# The last day of fieldwork.
INSERT { GRAPH graph:derived { ?record ofk:acceptedEndDate ?date } }
WHERE {
  SELECT ?inspection (MAX(?d) AS ?date) (IRI(CONCAT(STR(?inspection), "/record")) AS ?record) WHERE {
    GRAPH ?document { ?document ofk:describes ?inspection ; a ?class . ?inspection ofk:endDate ?d }
    FILTER (EXISTS { GRAPH graph:vocabulary { ?class rdfs:subClassOf* ofk:OfstedDocument } } || NOT EXISTS {
      GRAPH ?ofsted { ?ofsted ofk:describes ?inspection ; a ?ofsted_class . ?inspection ofk:endDate ?any }
      GRAPH graph:vocabulary { ?ofsted_class rdfs:subClassOf* ofk:OfstedDocument } })
  } GROUP BY ?inspection
} ;

# The day of publication.
INSERT { GRAPH graph:derived { ?record ofk:acceptedPublicationDate ?date } }
WHERE {
  SELECT ?inspection (MIN(?d) AS ?date) (IRI(CONCAT(STR(?inspection), "/record")) AS ?record) WHERE {
    GRAPH ?document { ?document ofk:describes ?inspection ; a ?class . ?inspection ofk:publicationDate ?d }
    FILTER (EXISTS { GRAPH graph:vocabulary { ?class rdfs:subClassOf* ofk:OfstedDocument } } || NOT EXISTS {
      GRAPH ?ofsted { ?ofsted ofk:describes ?inspection ; a ?ofsted_class . ?inspection ofk:publicationDate ?any }
      GRAPH graph:vocabulary { ?ofsted_class rdfs:subClassOf* ofk:OfstedDocument } })
  } GROUP BY ?inspection
} ;

# The grade in each judgement area, one accepted judgement per area, named after the record and the area.
INSERT {
  GRAPH graph:derived {
    ?record ofk:acceptedJudgement ?accepted .
    ?accepted a ofk:AcceptedJudgement ; ofk:judgementArea ?area ; ofk:acceptedGrade ?grade .
  }
}
WHERE {
  SELECT ?inspection ?area (MIN(?g) AS ?grade) (IRI(CONCAT(STR(?inspection), "/record")) AS ?record)
         (IRI(CONCAT(STR(?inspection), "/record/", STRAFTER(STR(?area), "/judgement-area/"))) AS ?accepted)
  WHERE {
    GRAPH ?document {
      ?document ofk:describes ?inspection ; a ?class .
      ?inspection ofk:judgement ?judgement . ?judgement ofk:judgementArea ?area ; ofk:grade ?g .
    }
    FILTER (EXISTS { GRAPH graph:vocabulary { ?class rdfs:subClassOf* ofk:OfstedDocument } } || NOT EXISTS {
      GRAPH ?ofsted { ?ofsted ofk:describes ?inspection ; a ?ofsted_class .
                      ?inspection ofk:judgement/ofk:judgementArea ?area }
      GRAPH graph:vocabulary { ?ofsted_class rdfs:subClassOf* ofk:OfstedDocument } })
  } GROUP BY ?inspection ?area
} ;

# The documents whose grade in the area was accepted, so that a user can see where a grade comes from.
INSERT { GRAPH graph:derived { ?accepted ofk:statedBy ?document } }
WHERE {
  SELECT DISTINCT ?document
         (IRI(CONCAT(STR(?inspection), "/record/", STRAFTER(STR(?area), "/judgement-area/"))) AS ?accepted)
  WHERE {
    GRAPH ?document {
      ?document ofk:describes ?inspection ; a ?class .
      ?inspection ofk:judgement ?judgement . ?judgement ofk:judgementArea ?area ; ofk:grade ?g .
    }
    FILTER (EXISTS { GRAPH graph:vocabulary { ?class rdfs:subClassOf* ofk:OfstedDocument } } || NOT EXISTS {
      GRAPH ?ofsted { ?ofsted ofk:describes ?inspection ; a ?ofsted_class .
                      ?inspection ofk:judgement/ofk:judgementArea ?area }
      GRAPH graph:vocabulary { ?ofsted_class rdfs:subClassOf* ofk:OfstedDocument } })
  }
} ;

# How the records were made: the same activity as the weaknesses, which used this rule too.
INSERT DATA {
  GRAPH graph:derived {
    <https://w3id.org/ofsted-kg/id/graph/derived/activity> prov:used <https://w3id.org/ofsted-kg/id/rule/inspections> .
  }
}
