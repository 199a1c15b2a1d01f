package org.ofstedkg.loader.gazetteer;

import java.util.List;
import java.util.Objects;
import org.ofstedkg.ontology.Iris;

/**
 * A local authority with children's services, as the gazetteer knows it: its official identifiers, the names it is
 * known by, its region and its statistical neighbours.
 *
 * @param ofstedUrn the Ofsted unique reference number, the key of its IRI
 * @param dfeCode the Department for Education's three-digit local authority code
 * @param gssCode the ONS GSS code ({@code E06000049}); null for a former authority that no longer has one
 * @param name the ONS name ("Bristol, City of")
 * @param alternativeNames other names it is known by, from the lookup table
 * @param regionGssCode the GSS code of its English region
 * @param regionName the region's name
 * @param authorityType "London Borough", "County" ...; null where the table gives none
 * @param webDomain the council's web domain; null where unknown
 * @param neighbourDfeCodes the DfE codes of its statistical neighbours, nearest first
 */
public record Authority(
        String ofstedUrn,
        String dfeCode,
        String gssCode,
        String name,
        List<String> alternativeNames,
        String regionGssCode,
        String regionName,
        String authorityType,
        String webDomain,
        List<String> neighbourDfeCodes) {

    public Authority {
        Objects.requireNonNull(ofstedUrn, "ofstedUrn");
        Objects.requireNonNull(dfeCode, "dfeCode");
        Objects.requireNonNull(name, "name");
        alternativeNames = List.copyOf(alternativeNames);
        neighbourDfeCodes = List.copyOf(neighbourDfeCodes);
    }

    /** The authority's IRI. */
    public String iri() {
        return Iris.authority(ofstedUrn);
    }

    /** Whether the authority has been abolished: it no longer has a current GSS code. */
    public boolean isFormer() {
        return gssCode == null;
    }
}
