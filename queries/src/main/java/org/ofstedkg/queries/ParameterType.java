package org.ofstedkg.queries;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The type of a saved query's parameter, told the grlc way by the suffix of its variable ({@code ?_minimum_xsd_integer},
 * {@code ?_inspection_iri}, {@code ?__from_xsd_gYear}) or by an {@code #+ enumerate:} list in the header; a variable
 * without a suffix is a string. Each type turns a caller's text into the RDF term bound to the variable, or says
 * what it expects.
 */
public enum ParameterType {
    STRING("", "a text") {
        @Override
        Node parse(String value) {
            if (value.isBlank()) {
                return null;
            }
            return NodeFactory.createLiteralString(value);
        }
    },
    INTEGER("_xsd_integer", "a whole number, e.g. 2") {
        @Override
        Node parse(String value) {
            if (!value.strip().matches("[+-]?[0-9]{1,9}")) {
                return null;
            }
            return NodeFactory.createLiteralDT(String.valueOf(Integer.parseInt(value.strip())), XSDDatatype.XSDinteger);
        }
    },
    DATE("_xsd_date", "a date as YYYY-MM-DD, e.g. 2019-11-29") {
        @Override
        Node parse(String value) {
            try {
                return NodeFactory.createLiteralDT(LocalDate.parse(value.strip()).toString(), XSDDatatype.XSDdate);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    },
    YEAR("_xsd_gYear", "a year as YYYY, e.g. 2018") {
        @Override
        Node parse(String value) {
            if (!value.strip().matches("[0-9]{4}")) {
                return null;
            }
            return NodeFactory.createLiteralDT(value.strip(), XSDDatatype.XSDgYear);
        }
    },
    IRI("_iri", "an absolute http(s) IRI, e.g. https://w3id.org/ofsted-kg/id/inspection/80447/ilacs/2019-11-29") {
        @Override
        Node parse(String value) {
            try {
                URI uri = new URI(value.strip());
                if (!uri.isAbsolute() || !List.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null) {
                    return null;
                }
                return NodeFactory.createURI(uri.toString());
            } catch (URISyntaxException e) {
                return null;
            }
        }
    },
    ENUMERATION("", "one of the listed values") {
        @Override
        Node parse(String value) {
            return NodeFactory.createLiteralString(value.strip());
        }
    };

    private final String suffix;
    private final String expectation;

    ParameterType(String suffix, String expectation) {
        this.suffix = suffix;
        this.expectation = expectation;
    }

    /** The term for {@code value}, or null when the value is not of this type. */
    abstract Node parse(String value);

    /** What a value of this type looks like, for error messages and API descriptions. */
    public String expectation() {
        return expectation;
    }

    /** The grlc suffix of a variable of this type ({@code _xsd_integer}), empty for strings and enumerations. */
    public String suffix() {
        return suffix;
    }

    /** The type a grlc variable suffix declares; an unknown suffix is a mistake in the query file. */
    static ParameterType fromSuffix(String suffix, String variable) {
        if (suffix.isEmpty()) {
            return STRING;
        }
        for (ParameterType type : values()) {
            if (!type.suffix.isEmpty() && type.suffix.equals(suffix)) {
                return type;
            }
        }
        throw new IllegalArgumentException("?" + variable + " has a type suffix the catalogue does not know: " + suffix);
    }
}
