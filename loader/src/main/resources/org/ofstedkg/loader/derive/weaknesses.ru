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
    # Each branch starts from its kind of statement, the fewest, rather than from every statement with a theme.
    { GRAPH ?document { ?statement a ofk:ImprovementItem ; ofk:aboutInspection ?inspection ; ofk:theme ?theme }
      BIND (?statement AS ?item) }
    UNION
    { GRAPH ?document {
        ?statement ofk:polarity <https://w3id.org/ofsted-kg/def/polarity/weakness> ; a ofk:Finding ;
                   ofk:aboutInspection ?inspection ; ofk:theme ?theme }
      BIND (?statement AS ?finding) }
  }
  GROUP BY ?inspection ?theme
} ;

# The statements that show each weakness, so that a user can read the evidence: the same statements as above, each
# named with the weakness it shows, in one pass over the documents (a join with the weaknesses just written would look
# up every statement of an inspection once per theme).
INSERT { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> { ?weakness ofk:evidence ?statement } }
WHERE {
  { GRAPH ?document { ?statement a ofk:ImprovementItem ; ofk:aboutInspection ?inspection ; ofk:theme ?theme } }
  UNION
  { GRAPH ?document {
      ?statement ofk:polarity <https://w3id.org/ofsted-kg/def/polarity/weakness> ; a ofk:Finding ;
                 ofk:aboutInspection ?inspection ; ofk:theme ?theme } }
  BIND (IRI(CONCAT(STR(?inspection), "/weakness/", STRAFTER(STR(?theme), "/def/theme/"))) AS ?weakness)
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

# Each weakness of a recurring theme is one of its occurrences. The recurring weakness's IRI is made from the
# authority and the theme, as above, so it is looked up rather than joined on the theme alone.
INSERT { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> { ?recurring ofk:recursIn ?weakness } }
WHERE {
  GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> { ?weakness a ofk:WeaknessTheme ; ofk:weakIn ?inspection ; ofk:theme ?theme }
  GRAPH ?document { ?inspection ofk:inspectedAuthority ?authority }
  BIND (IRI(CONCAT(STR(?authority), "/recurring-weakness/", STRAFTER(STR(?theme), "/def/theme/"))) AS ?recurring)
  GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> { ?recurring a ofk:RecurringWeakness ; ofk:weakAt ?authority ; ofk:theme ?theme }
} ;

# How the graph was made: which rule, when.
INSERT {
  GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> {
    <https://w3id.org/ofsted-kg/id/graph/derived> prov:wasGeneratedBy <https://w3id.org/ofsted-kg/id/graph/derived/activity> .
    <https://w3id.org/ofsted-kg/id/graph/derived/activity> a prov:Activity ;
        rdfs:label "Derived by the rules weaknesses.ru and inspections.ru of the ofsted-kg loader" ;
        prov:used <https://w3id.org/ofsted-kg/id/rule/weaknesses> ;
        prov:startedAtTime ?now .
  }
}
WHERE { BIND (NOW() AS ?now) }
