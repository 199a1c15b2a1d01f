package org.ofstedkg.loader.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and removes what a publisher prints on every page rather than in the report: running headers and footers
 * ("Inspection of Lancashire local authority children's services" / "28 November to 9 December 2022" on every
 * page after the first) and page numbers ("2", "Page 3 of 40", "3 of 40").
 *
 * <p>Only the edges of a page are looked at: its first and last {@value #EDGE} non-blank lines. A line there is a
 * running header or footer when, with its digits masked, it sits at the edge of at least half the pages of a
 * document of three pages or more. A page number there is removed when it says "page" or "of", or, when bare,
 * when its difference from the page's position is the one most bare numbers in the document share (so a report
 * whose unnumbered cover makes page 3 print "1" still loses its numbers, and a table's last cell "12" at the
 * foot of page 30 stays).
 */
final class PageFurniture {

    /** How many non-blank lines at the top and the bottom of a page count as its edges. */
    static final int EDGE = 3;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:[-\u2013]\\s*)?(page\\s+)?(\\d{1,4})(?:\\s*(?:of|/)\\s*(\\d{1,4}))?(?:\\s*[-\u2013])?");

    private PageFurniture() {}

    /** The pages, each a list of cleaned lines, without their furniture. */
    static List<List<String>> remove(List<List<String>> pages) {
        List<Set<Integer>> furniture = new ArrayList<>();
        pages.forEach(page -> furniture.add(new HashSet<>()));
        markRunningLines(pages, furniture);
        markPageNumbers(pages, furniture);

        List<List<String>> kept = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < pages.get(p).size(); i++) {
                if (!furniture.get(p).contains(i)) {
                    lines.add(pages.get(p).get(i));
                }
            }
            kept.add(lines);
        }
        return kept;
    }

    private static void markRunningLines(List<List<String>> pages, List<Set<Integer>> furniture) {
        if (pages.size() < 3) {
            return;
        }
        Map<String, Integer> pagesWithKey = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> keys = new HashSet<>();
            for (int i : edges(page)) {
                if (!PAGE_NUMBER.matcher(page.get(i)).matches()) {
                    keys.add(key(page.get(i)));
                }
            }
            keys.forEach(k -> pagesWithKey.merge(k, 1, Integer::sum));
        }
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            for (int i : edges(page)) {
                Integer count = pagesWithKey.get(key(page.get(i)));
                if (count != null && count * 2 >= pages.size() && !PAGE_NUMBER.matcher(page.get(i)).matches()) {
                    furniture.get(p).add(i);
                }
            }
        }
    }

    private static void markPageNumbers(List<List<String>> pages, List<Set<Integer>> furniture) {
        record Bare(int page, int line, int offset) {}
        List<Bare> bare = new ArrayList<>();
        Map<Integer, Integer> offsets = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            for (int i : edges(page)) {
                Matcher m = PAGE_NUMBER.matcher(page.get(i));
                if (!m.matches()) {
                    continue;
                }
                int number = Integer.parseInt(m.group(2));
                if (m.group(3) != null) {
                    if (number >= 1 && number <= Integer.parseInt(m.group(3))) {
                        furniture.get(p).add(i);
                    }
                } else if (m.group(1) != null) {
                    furniture.get(p).add(i);
                } else {
                    int offset = number - (p + 1);
                    bare.add(new Bare(p, i, offset));
                    offsets.merge(offset, 1, Integer::sum);
                }
            }
        }
        Integer usual = null;
        for (Map.Entry<Integer, Integer> e : offsets.entrySet()) {
            if (usual == null || e.getValue() > offsets.get(usual)
                    || (e.getValue().equals(offsets.get(usual)) && Math.abs(e.getKey()) < Math.abs(usual))) {
                usual = e.getKey();
            }
        }
        if (usual == null || offsets.get(usual) * 2 < pages.size()) {
            return;
        }
        for (Bare b : bare) {
            if (b.offset() == usual) {
                furniture.get(b.page()).add(b.line());
            }
        }
    }

    /** The indices of the first and last {@value #EDGE} non-blank lines of a page. */
    private static Set<Integer> edges(List<String> page) {
        Set<Integer> edges = new HashSet<>();
        for (int i = 0, seen = 0; i < page.size() && seen < EDGE; i++) {
            if (!page.get(i).isEmpty()) {
                edges.add(i);
                seen++;
            }
        }
        for (int i = page.size() - 1, seen = 0; i >= 0 && seen < EDGE; i--) {
            if (!page.get(i).isEmpty()) {
                edges.add(i);
                seen++;
            }
        }
        return edges;
    }

    private static String key(String line) {
        return DIGITS.matcher(line).replaceAll("#");
    }
}
