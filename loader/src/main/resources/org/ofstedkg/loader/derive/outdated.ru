# Run by a load before it writes its first document: says, in the graph of derived facts, that they may no longer
# follow the documents. The load ends by recomputing the derived facts, whose first rule drops the whole graph, this
# mark with it; a load that stops partway (the server went down, the process was killed) leaves the mark, with the
# time the load began, for queries and users to see until a load completes.
PREFIX prov: <http://www.w3.org/ns/prov#>

DELETE { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> {
  <https://w3id.org/ofsted-kg/id/graph/derived> prov:invalidatedAtTime ?earlier } }
INSERT { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> {
  <https://w3id.org/ofsted-kg/id/graph/derived> prov:invalidatedAtTime ?now } }
WHERE {
  OPTIONAL { GRAPH <https://w3id.org/ofsted-kg/id/graph/derived> {
    <https://w3id.org/ofsted-kg/id/graph/derived> prov:invalidatedAtTime ?earlier } }
  BIND (NOW() AS ?now)
}
