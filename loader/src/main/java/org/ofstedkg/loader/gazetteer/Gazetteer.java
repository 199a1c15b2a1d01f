package org.ofstedkg.loader.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ofstedkg.ontology.Ofk;
import org.ofstedkg.ontology.OntologyResources;
import org.ofstedkg.ontology.W3c;

/**
 * Finds authorities by identifier or by the way a report names them. Built from the gazetteer graph
 * ({@code ontology/authorities.ttl}, see {@link OntologyResources#AUTHORITIES}).
 *
 * <p>A name resolves when its {@link AuthorityName#key key} equals the key of exactly one authority's name, or,
 * failing that, when its words begin the key of exactly one authority ("East Riding" for East Riding of
 * Yorkshire). A name that fits two authorities resolves to neither: a wrong authority is worse than none.
 */
public final class Gazetteer {

    private static final Pattern INVERTED = Pattern.compile("^(.+?),\\s*(City|County|Borough) of$");
    /** A UK postcode right after a place name makes it a postal town in an address, not a mention of the council. */
    private static final Pattern POSTCODE_AFTER = Pattern.compile("^[\\s,]{1,3}[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\\b");

    private final List<Authority> authorities;
    private final Map<String, Authority> byUrn = new HashMap<>();
    private final Map<String, Authority> byDfeCode = new HashMap<>();
    private final Map<String, Authority> byGssCode = new HashMap<>();
    private final Map<String, Set<Authority>> byKey = new HashMap<>();
    private final Pattern mention;
    private final Map<String, Authority> bySurfaceForm = new HashMap<>();

    private Gazetteer(List<Authority> authorities) {
        this.authorities = List.copyOf(authorities);
        for (Authority authority : authorities) {
            byUrn.put(authority.ofstedUrn(), authority);
            byDfeCode.put(authority.dfeCode(), authority);
            if (authority.gssCode() != null) {
                byGssCode.put(authority.gssCode(), authority);
            }
            for (String name : names(authority)) {
                String key = AuthorityName.key(name);
                if (!key.isEmpty()) {
                    byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(authority);
                }
                for (String form : surfaceForms(name)) {
                    bySurfaceForm.merge(form, authority, (a, b) -> a.equals(b) ? a : null);
                }
            }
        }
        bySurfaceForm.values().removeIf(java.util.Objects::isNull);
        String alternation = bySurfaceForm.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.mention = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    /** The gazetteer bundled with the project. */
    public static Gazetteer bundled() {
        return Bundled.INSTANCE;
    }

    /** A gazetteer of the authorities in {@code model}, a graph in the shape {@link GazetteerGraph} writes. */
    public static Gazetteer of(Model model) {
        return new Gazetteer(readAuthorities(model));
    }

    /** A gazetteer of the given authorities. */
    public static Gazetteer of(Collection<Authority> authorities) {
        return new Gazetteer(List.copyOf(authorities));
    }

    /** Every authority, current and former. */
    public List<Authority> authorities() {
        return authorities;
    }

    public Optional<Authority> byUrn(String ofstedUrn) {
        return Optional.ofNullable(byUrn.get(ofstedUrn == null ? null : ofstedUrn.strip()));
    }

    public Optional<Authority> byDfeCode(String dfeCode) {
        return Optional.ofNullable(byDfeCode.get(dfeCode == null ? null : dfeCode.strip()));
    }

    public Optional<Authority> byGssCode(String gssCode) {
        return Optional.ofNullable(byGssCode.get(gssCode == null ? null : gssCode.strip()));
    }

    /** The one authority a name denotes, or empty when the name denotes none or several. */
    public Optional<Authority> resolve(String name) {
        String key = AuthorityName.key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Set<Authority> exact = byKey.getOrDefault(key, Set.of());
        if (!exact.isEmpty()) {
            return exact.size() == 1 ? Optional.of(exact.iterator().next()) : Optional.empty();
        }
        Set<Authority> beginning = new LinkedHashSet<>();
        byKey.forEach((candidate, found) -> {
            if (AuthorityName.isShortenedFrom(key, candidate)) {
                beginning.addAll(found);
            }
        });
        return beginning.size() == 1 ? Optional.of(beginning.iterator().next()) : Optional.empty();
    }

    /**
     * How often each authority is named in running text, matching names as printed (case matters, so "reading" the
     * verb is not Reading, though a sentence that begins with the verb still counts), longest name first
     * (so "North Northamptonshire" does not count for Northamptonshire), leaving out postal towns of addresses
     * ("Store Street, Manchester M1 2WD" is Ofsted's office, not Manchester's council).
     * Most-named first.
     */
    public Map<Authority, Integer> mentionsIn(CharSequence text) {
        Map<Authority, Integer> counts = new LinkedHashMap<>();
        Matcher matcher = mention.matcher(text);
        while (matcher.find()) {
            CharSequence after = text.subSequence(matcher.end(), Math.min(text.length(), matcher.end() + 12));
            if (!POSTCODE_AFTER.matcher(after).find()) {
                counts.merge(bySurfaceForm.get(matcher.group()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Authority, Integer>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** The authority running text names most, when it names one clearly more often than any other. */
    public Optional<Authority> mostMentionedIn(CharSequence text) {
        List<Map.Entry<Authority, Integer>> ranked = new ArrayList<>(mentionsIn(text).entrySet());
        if (ranked.isEmpty() || (ranked.size() > 1 && ranked.get(1).getValue() * 2 > ranked.get(0).getValue())) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0).getKey());
    }

    private static List<String> names(Authority authority) {
        List<String> names = new ArrayList<>();
        names.add(authority.name());
        names.addAll(authority.alternativeNames());
        return names;
    }

    /** A name as running text prints it: "Bristol, City of" is printed "City of Bristol" or "Bristol". */
    private static List<String> surfaceForms(String name) {
        Matcher inverted = INVERTED.matcher(name);
        if (inverted.matches()) {
            return List.of(name, inverted.group(2) + " of " + inverted.group(1), inverted.group(1));
        }
        return List.of(name);
    }

    private static List<Authority> readAuthorities(Model model) {
        Map<String, String> dfeCodeOfIri = new HashMap<>();
        model.listResourcesWithProperty(RDF.type, Ofk.LocalAuthority).forEachRemaining(node ->
                dfeCodeOfIri.put(node.getURI(), string(node, Ofk.dfeCode)));
        Map<String, Authority> byIri = new TreeMap<>();
        model.listResourcesWithProperty(RDF.type, Ofk.LocalAuthority).forEachRemaining(node -> {
            Resource region = node.getPropertyResourceValue(Ofk.region);
            List<String> alternatives = node.listProperties(SKOS.altLabel).mapWith(s -> s.getString()).toList();
            alternatives.sort(null);
            List<String> neighbours = node.listProperties(Ofk.statisticalNeighbour)
                    .mapWith(s -> dfeCodeOfIri.get(s.getResource().getURI()))
                    .filterKeep(java.util.Objects::nonNull)
                    .toList();
            Resource homepage = node.getPropertyResourceValue(W3c.foafHomepage);
            byIri.put(node.getURI(), new Authority(
                    string(node, Ofk.ofstedUrn),
                    string(node, Ofk.dfeCode),
                    string(node, Ofk.gssCode),
                    string(node, SKOS.prefLabel),
                    alternatives,
                    region == null ? null : string(region, Ofk.gssCode),
                    region == null ? null : string(region, RDFS.label),
                    string(node, Ofk.authorityType),
                    homepage == null ? null : homepage.getURI().replaceFirst("^https://", "").replaceFirst("/$", ""),
                    neighbours));
        });
        return List.copyOf(byIri.values());
    }

    private static String string(Resource node, org.apache.jena.rdf.model.Property property) {
        Statement statement = node.getProperty(property);
        if (statement == null) {
            return null;
        }
        RDFNode object = statement.getObject();
        return object.isLiteral() ? object.asLiteral().getLexicalForm() : object.toString();
    }

    /** Loads the bundled gazetteer once, on first use. */
    private static final class Bundled {
        static final Gazetteer INSTANCE = of(OntologyResources.authorities());
    }
}
