# Derived facts: the practice themes each inspection found weak, and the themes an authority's inspections found
# weak more than once. Run after every load; it replaces the graph of derived facts, and records in it which rule
# made it and when. Everything else is read from the documents' graphs.
PREFIX ofk:  <https://w3id.org/ofsted-kg/def/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>

DROP SILENT GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> ;

# A theme is a weakness of an inspection when an improvement item or a weakness finding about it has the theme.
INSERT {
  GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> {
    ?weakness a ofk:WeaknessTheme ; ofk:weakIn ?inspection ; ofk:theme ?theme ;
              ofk:improvementItemCount ?items ; ofk:weaknessFindingCount ?findings ;
              rdfs:label ?label ; prov:wasGeneratedBy <https://w3id.org/ofsted-kg/id/graph/derived/activity> .
  }
}
WHERE {
  SELECT ?inspection ?theme (COUNT(DISTINCT ?item) AS ?items) (COUNT(DISTINCT ?finding) AS ?findings)
         (IRI(CONCAT(STR(?inspection), "/weakness/", STRAFTER(STR(?theme), "/def/theme/"))) AS ?weakness)
         (CONCAT(STRAFTER(STR(?theme), "/def/theme/"), " is a weakness of this inspection") AS ?label)
  WHERE {
    GRAPH ?document {
      ?statement ofk:aboutInspection ?inspection ; ofk:theme ?theme .
      { ?statement a ofk:ImprovementItem . BIND (?statement AS ?item) }
      UNION
      { ?statement a ofk:Finding ; ofk:polarity <https://w3id.org/ofsted-kg/def/polarity/weakness> .
        BIND (?statement AS ?finding) }
    }
  }
  GROUP BY ?inspection ?theme
} ;

# The statements that show each weakness, so that a user can read the evidence.
INSERT { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> { ?weakness ofk:evidence ?statement } }
WHERE {
  GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> { ?weakness a ofk:WeaknessTheme ; ofk:weakIn ?inspection ; ofk:theme ?theme }
  GRAPH ?document {
    ?statement ofk:aboutInspection ?inspection ; ofk:theme ?theme .
    { ?statement a ofk:ImprovementItem } UNION { ?statement a ofk:Finding ; ofk:polarity <https://w3id.org/ofsted-kg/def/polarity/weakness> }
  }
} ;

# One example per weakness, chosen once here rather than on every request: the first improvement item (they say
# what must change), else the first weakness finding, in the order of their IRIs.
INSERT { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> { ?weakness ofk:exampleEvidence ?example } }
WHERE {
  SELECT ?weakness (IRI(SUBSTR(MIN(CONCAT(?order, STR(?statement))), 2)) AS ?example)
  WHERE {
    GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> { ?weakness ofk:evidence ?statement }
    BIND (IF(EXISTS { GRAPH ?document { ?statement a ofk:ImprovementItem } }, "0", "1") AS ?order)
  }
  GROUP BY ?weakness
} ;

# A weakness recurs at an authority when two or more of its inspections found the theme weak.
INSERT {
  GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> {
    ?recurring a ofk:RecurringWeakness ; ofk:weakAt ?authority ; ofk:theme ?theme ; ofk:inspectionCount ?count ;
               prov:wasGeneratedBy <https://w3id.org/ofsted-kg/id/graph/derived/activity> .
  }
}
WHERE {
  SELECT ?authority ?theme (COUNT(DISTINCT ?inspection) AS ?count)
         (IRI(CONCAT(STR(?authority), "/recurring-weakness/", STRAFTER(STR(?theme), "/def/theme/"))) AS ?recurring)
  WHERE {
    GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> { ?weakness ofk:weakIn ?inspection ; ofk:theme ?theme }
    GRAPH ?document { ?inspection ofk:inspectedAuthority ?authority }
  }
  GROUP BY ?authority ?theme
  HAVING (COUNT(DISTINCT ?inspection) >= 2)
} ;

INSERT { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> { ?recurring ofk:recursIn ?weakness } }
WHERE {
  GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> {
    ?recurring a ofk:RecurringWeakness ; ofk:weakAt ?authority ; ofk:theme ?theme .
    ?weakness a ofk:WeaknessTheme ; ofk:weakIn ?inspection ; ofk:theme ?theme .
  }
  GRAPH ?document { ?inspection ofk:inspectedAuthority ?authority }
} ;

# How the graph was made: which rule, when.
INSERT {
  GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> {
    <https://w3id.org/ofsted-kg/id/graph/derived> prov:wasGeneratedBy <https://w3id.org/ofsted-kg/id/graph/derived/activity> .
    <https://w3id.org/ofsted-kg/id/graph/derived/activity> a prov:Activity ;
        rdfs:label "Derived by the rule weaknesses.ru of the ofsted-kg loader" ;
        prov:used <https://w3id.org/ofsted-kg/id/rule/weaknesses> ;
        prov:startedAtTime ?now .
  }
}
WHERE { BIND (NOW() AS ?now) }
