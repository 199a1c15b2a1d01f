#!/bin/sh
# Smoke test of an ofsted-kg deployment, with curl only: SPARQL ASK and CONSTRUCT, a 303 from a thing to its
# document, content negotiation, the authority look-up, 404 for an unknown IRI, a 400 for a bad query, VoID and the
# dump files it links, and the Fuseki UI with the read-only admin paths it uses (and none that changes data).
#
#   fuseki-config/smoke-test.sh [BASE_URL] [AUTHORITY_URN]
#
# BASE_URL defaults to http://localhost:3030; AUTHORITY_URN to 9999901 (Borsetshire, of the bundled samples: use a
# real URN such as 80447 against a deployment of the corpus). Exits 0 when every check passes, 1 otherwise.
set -u

BASE=${1:-http://localhost:3030}
URN=${2:-9999901}
BASE=${BASE%/}
failures=0

pass() { printf 'ok    %s\n' "$1"; }
fail() { printf 'FAIL  %s\n' "$1"; failures=$((failures + 1)); }

# check NAME EXPECTED ACTUAL
check() {
    if [ "$2" = "$3" ]; then pass "$1"; else fail "$1: expected '$2', got '$3'"; fi
}

# check_contains NAME NEEDLE HAYSTACK
check_contains() {
    case "$3" in
        *"$2"*) pass "$1" ;;
        *) fail "$1: no '$2' in the answer" ;;
    esac
}

status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

ask=$(curl -s -H 'Accept: application/sparql-results+json' --data-urlencode \
    'query=ASK { ?a a <https://w3id.org/ofsted-kg/def/LocalAuthority> }' "$BASE/ds/sparql")
check_contains "SPARQL ASK at /ds/sparql" '"boolean" : true' "$ask"

construct=$(curl -s -H 'Accept: text/turtle' --data-urlencode \
    "query=CONSTRUCT { ?a ?p ?o } WHERE { VALUES ?a { <https://w3id.org/ofsted-kg/id/authority/$URN> } ?a ?p ?o }" \
    "$BASE/ds/sparql")
check_contains "CONSTRUCT in Turtle" "<https://w3id.org/ofsted-kg/id/authority/$URN>" "$construct"

check "bad query is 400" 400 "$(status --data-urlencode 'query=SELECT ?x WHERE {' "$BASE/ds/sparql")"
check "no update on the public service" 400 \
    "$(status -H 'Content-Type: application/sparql-update' --data 'INSERT DATA { <urn:a> <urn:b> <urn:c> }' "$BASE/ds")"

redirect=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -H 'Accept: text/turtle' "$BASE/id/authority/$URN")
check "303 from /id/authority/$URN to its document" "303 $BASE/doc/authority/$URN" "$redirect"

for pair in 'text/turtle|text/turtle' 'application/ld+json|application/ld+json' \
        'application/rdf+xml|application/rdf+xml' 'application/n-triples|application/n-triples' 'text/html|text/html'; do
    accept=${pair%%|*}
    expected=${pair##*|}
    type=$(curl -s -o /dev/null -w '%{content_type}' -H "Accept: $accept" "$BASE/doc/authority/$URN")
    check "conneg Accept: $accept" "$expected" "${type%%;*}"
done
type=$(curl -s -o /dev/null -w '%{content_type}' "$BASE/doc/authority/$URN.nt")
check "suffix .nt" application/n-triples "${type%%;*}"

check "404 for an IRI not in the graph" 404 "$(status "$BASE/id/authority/1")"
lookup=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$BASE/id/authority?urn=$URN")
check "look-up by URN" "303 $BASE/id/authority/$URN" "$lookup"

void=$(curl -s -H 'Accept: text/turtle' "$BASE/.well-known/void")
check_contains "VoID names the SPARQL endpoint" "void:sparqlEndpoint" "$void"

check_contains "VoID links the N-Quads dump" "$BASE/dumps/ofsted-kg.nq.gz" "$void"
for dump in ofsted-kg.nq.gz ofsted-kg.trig.gz; do
    type=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' "$BASE/dumps/$dump")
    check "dump $dump" "200 application/gzip" "$type"
done
# The first line of the N-Quads dump is one quad, ending with a full stop.
first=$(curl -s "$BASE/dumps/ofsted-kg.nq.gz" | gzip -dc 2>/dev/null | head -n 1)
case "$first" in
    *' .') pass "the N-Quads dump unzips to quads" ;;
    *) fail "the N-Quads dump unzips to quads: first line '$first'" ;;
esac

ui=$(curl -s "$BASE/")
check_contains "Fuseki UI at /" "<title>Apache Jena Fuseki UI</title>" "$ui"
check_contains "the UI's dataset list names /ds" '"ds.name" : "/ds"' "$(curl -s "$BASE/\$/datasets")"
check "the UI's ping" 200 "$(status "$BASE/\$/ping")"
check "no dataset made over HTTP" 405 "$(status -X POST --data 'dbName=smoke&dbType=mem' "$BASE/\$/datasets")"
check "no dataset deleted over HTTP" 405 "$(status -X DELETE "$BASE/\$/datasets/ds")"

if [ "$failures" -eq 0 ]; then
    echo "all checks passed against $BASE"
    exit 0
fi
echo "$failures check(s) failed against $BASE"
exit 1
