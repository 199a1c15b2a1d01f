package org.ofstedkg.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One saved query: its name (the file's), the grlc header ({@code #+ summary:}, {@code #+ description:},
 * {@code #+ defaults:}) and its parameters, read from the {@code ?_name} / {@code ?__name} variables of the text.
 */
public record SavedQuery(String name, String summary, String description, String text, List<QueryParameter> parameters) {

    private static final Pattern DECORATOR = Pattern.compile("^#\\+\\s*([a-z_]+)\\s*:\\s*(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^#\\+\\s{2,}(.*)$");
    private static final Pattern PARAMETER = Pattern.compile("\\?(__?)([A-Za-z][A-Za-z0-9]*)(?:_[A-Za-z0-9]+)?\\b");
    private static final Pattern DEFAULT = Pattern.compile("^-\\s*([A-Za-z0-9_]+)\\s*:\\s*(.*)$");

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
                header.get(current).append(current.equals("defaults") ? "\n" : " ").append(continuation.group(1).strip());
            } else if (decorator.matches()) {
                current = decorator.group(1);
                header.put(current, new StringBuilder(decorator.group(2).strip()));
            }
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        if (header.containsKey("defaults")) {
            for (String line : header.get("defaults").toString().split("\n")) {
                Matcher item = DEFAULT.matcher(line.strip());
                if (item.matches()) {
                    defaults.put(item.group(1), item.group(2).strip());
                }
            }
        }
        List<QueryParameter> parameters = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(text.replaceAll("(?m)^#.*$", ""));
        while (parameter.find()) {
            String parameterName = parameter.group(2);
            if (parameters.stream().noneMatch(p -> p.name().equals(parameterName))) {
                String variable = parameter.group().substring(1);
                parameters.add(new QueryParameter(parameterName, variable, parameter.group(1).length() == 1,
                        defaults.get(parameterName)));
            }
        }
        return new SavedQuery(name, text(header, "summary"), text(header, "description"), text, parameters);
    }

    private static String text(Map<String, StringBuilder> header, String key) {
        StringBuilder value = header.get(key);
        return value == null ? "" : value.toString().strip();
    }
}
