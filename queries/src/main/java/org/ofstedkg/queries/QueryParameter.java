package org.ofstedkg.queries;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * A parameter of a saved query, declared the grlc way: a variable {@code ?_name} (required) or {@code ?__name}
 * (optional) in the query text, with its type as the variable's suffix ({@code ?__minimum_xsd_integer}) or as an
 * {@code #+ enumerate:} list; bound to the caller's value as an RDF term, never pasted into the text.
 *
 * @param name the parameter's name ({@code minimum})
 * @param variable the SPARQL variable it binds, without '?' ({@code __minimum_xsd_integer})
 * @param required whether the query needs a value
 * @param type what kind of value it takes
 * @param defaultValue the value from the header's {@code defaults}, or null
 * @param allowedValues the values of an enumeration, in the header's order; empty for other types
 */
public record QueryParameter(String name, String variable, boolean required, ParameterType type, String defaultValue,
        List<String> allowedValues) {

    public QueryParameter {
        allowedValues = List.copyOf(allowedValues);
    }

    /**
     * The RDF term for {@code value}.
     *
     * @throws ParameterException naming the parameter and what it expects, when the value does not fit
     */
    public Node term(String value) {
        Node term = value == null ? null : type.parse(value);
        if (term == null) {
            throw new ParameterException("parameter '" + name + "' expects " + expectation() + "; got '" + value + "'");
        }
        if (type == ParameterType.ENUMERATION && !allowedValues.contains(term.getLiteralLexicalForm())) {
            throw new ParameterException("parameter '" + name + "' expects " + expectation() + "; got '" + value + "'");
        }
        return term;
    }

    /** What a value looks like, in words: the type's description, or the list of an enumeration's values. */
    public String expectation() {
        return type == ParameterType.ENUMERATION ? "one of: " + String.join(", ", allowedValues) : type.expectation();
    }
}
