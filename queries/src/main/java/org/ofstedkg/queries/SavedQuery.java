package org.ofstedkg.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One saved query: its name (the file's), the grlc header ({@code #+ summary:}, {@code #+ description:},
 * {@code #+ defaults:}, {@code #+ enumerate:}) and its parameters, read from the {@code ?_name} / {@code ?__name}
 * variables of the text, typed by their suffix ({@code _xsd_integer}, {@code _xsd_date}, {@code _xsd_gYear},
 * {@code _iri}) or by an enumeration. A query whose answer can run to thousands of rows declares grlc's
 * {@code #+ pagination: N}: over HTTP it is answered N rows at a time, a page chosen by a {@code page} parameter.
 *
 * @param name the file's name without {@code .rq}
 * @param summary the header's one-line summary
 * @param description the header's description
 * @param text the whole query text, header included
 * @param parameters its parameters, in the order they first occur
 * @param pagination the rows per page ({@code #+ pagination:}), or 0 when the query is answered whole
 */
public record SavedQuery(String name, String summary, String description, String text, List<QueryParameter> parameters,
        int pagination) {

    private static final Pattern DECORATOR = Pattern.compile("^#\\+\\s*([a-z_]+)\\s*:\\s*(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^#\\+\\s{2,}(.*)$");
    private static final Pattern PARAMETER = Pattern.compile("\\?(__?)([A-Za-z][A-Za-z0-9]*)((?:_[A-Za-z0-9]+)*)\\b");
    private static final Pattern DEFAULT = Pattern.compile("^-\\s*([A-Za-z0-9_]+)\\s*:\\s*(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^-\\s*(.+)$");
    /** Decorators whose value is a YAML list, one item per continuation line. */
    private static final List<String> LISTS = List.of("defaults", "enumerate", "tags");

    public SavedQuery {
        parameters = List.copyOf(parameters);
    }

    /** Parses a query file's text; {@code name} is the file name without {@code .rq}. */
    public static SavedQuery parse(String name, String text) {
        Map<String, StringBuilder> header = new LinkedHashMap<>();
        String current = null;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#+")) {
                if (!line.isBlank()) {
                    break;
                }
                continue;
            }
            Matcher decorator = DECORATOR.matcher(line);
            Matcher continuation = CONTINUATION.matcher(line);
            if (continuation.matches() && current != null) {
                header.get(current).append(LISTS.contains(current) ? "\n" : " ").append(continuation.group(1).strip());
            } else if (decorator.matches()) {
                current = decorator.group(1);
                header.put(current, new StringBuilder(decorator.group(2).strip()));
            }
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String line : lines(header, "defaults")) {
            Matcher item = DEFAULT.matcher(line);
            if (item.matches()) {
                defaults.put(item.group(1), item.group(2).strip());
            }
        }
        Map<String, List<String>> enumerations = enumerations(lines(header, "enumerate"));
        List<QueryParameter> parameters = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(text.replaceAll("(?m)#.*$", ""));
        while (parameter.find()) {
            String parameterName = parameter.group(2);
            if (parameters.stream().noneMatch(p -> p.name().equals(parameterName))) {
                String variable = parameter.group().substring(1);
                List<String> allowed = enumerations.getOrDefault(parameterName, List.of());
                ParameterType type = allowed.isEmpty() ? ParameterType.fromSuffix(parameter.group(3), variable)
                        : ParameterType.ENUMERATION;
                parameters.add(new QueryParameter(parameterName, variable, parameter.group(1).length() == 1, type,
                        defaults.get(parameterName), allowed));
            }
        }
        String pagination = text(header, "pagination");
        int rowsPerPage;
        try {
            rowsPerPage = pagination.isEmpty() ? 0 : Integer.parseInt(pagination);
        } catch (NumberFormatException e) {
            rowsPerPage = -1;
        }
        if (rowsPerPage < 0) {
            throw new IllegalArgumentException("query " + name + ": '#+ pagination:' takes a whole number of rows; got '"
                    + pagination + "'");
        }
        return new SavedQuery(name, text(header, "summary"), text(header, "description"), text, parameters, rowsPerPage);
    }

    /** Whether the query is answered a page at a time. */
    public boolean paginated() {
        return pagination > 0;
    }

    private static List<String> lines(Map<String, StringBuilder> header, String key) {
        StringBuilder value = header.get(key);
        return value == null ? List.of() : value.toString().strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** grlc's {@code enumerate} list: {@code - name:} then {@code - value} lines under it. */
    private static Map<String, List<String>> enumerations(List<String> lines) {
        Map<String, List<String>> enumerations = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            Matcher item = LIST_ITEM.matcher(line);
            if (!item.matches()) {
                continue;
            }
            String value = item.group(1).strip();
            if (value.endsWith(":")) {
                current = new ArrayList<>();
                enumerations.put(value.substring(0, value.length() - 1).strip(), current);
            } else if (current != null) {
                current.add(value);
            }
        }
        return enumerations;
    }

    private static String text(Map<String, StringBuilder> header, String key) {
        StringBuilder value = header.get(key);
        return value == null ? "" : value.toString().strip();
    }
}
