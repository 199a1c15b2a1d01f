package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ofstedkg.queries.AnswerPage;

/** The links between the pages of a paginated answer: the {@code Link} header and the HTML navigation. */
class PageLinksTest {

    private static final String PATH = "/queries/recurring-weaknesses";

    private static PageLinks links(int page, long rows) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters.put("authority", new String[] {"Brighton and Hove"});
        parameters.put("page", new String[] {String.valueOf(page)});
        parameters.put("format", new String[] {"csv"});
        // The links read only the page's place, never its rows.
        return new PageLinks(PATH, parameters, new AnswerPage(null, page, 100, rows));
    }

    @Test
    void aMiddlePageLinksAllFourKeepingTheOtherParameters() {
        assertEquals("<" + PATH + "?authority=Brighton+and+Hove&format=csv&page=1>; rel=\"first\", "
                + "<" + PATH + "?authority=Brighton+and+Hove&format=csv&page=1>; rel=\"prev\", "
                + "<" + PATH + "?authority=Brighton+and+Hove&format=csv&page=3>; rel=\"next\", "
                + "<" + PATH + "?authority=Brighton+and+Hove&format=csv&page=3>; rel=\"last\"", links(2, 201).header());
    }

    @Test
    void theFirstPageHasNoPreviousAndTheLastNoNext() {
        assertEquals("<" + PATH + "?authority=Brighton+and+Hove&format=csv&page=1>; rel=\"first\", "
                + "<" + PATH + "?authority=Brighton+and+Hove&format=csv&page=2>; rel=\"next\", "
                + "<" + PATH + "?authority=Brighton+and+Hove&format=csv&page=70>; rel=\"last\"", links(1, 6906).header());
        assertEquals("<" + PATH + "?authority=Brighton+and+Hove&format=csv&page=1>; rel=\"first\", "
                + "<" + PATH + "?authority=Brighton+and+Hove&format=csv&page=69>; rel=\"prev\", "
                + "<" + PATH + "?authority=Brighton+and+Hove&format=csv&page=70>; rel=\"last\"", links(70, 6906).header());
    }

    @Test
    void theNavigationSaysWhereThePageIsAndLinksTheOthers() {
        assertEquals("<nav class=\"pages\"><p>Page 2 of 3 (201 rows, 100 a page)"
                + " · <a rel=\"first\" href=\"" + PATH + "?authority=Brighton+and+Hove&amp;format=csv&amp;page=1\">first page</a>"
                + " · <a rel=\"prev\" href=\"" + PATH + "?authority=Brighton+and+Hove&amp;format=csv&amp;page=1\">previous page</a>"
                + " · <a rel=\"next\" href=\"" + PATH + "?authority=Brighton+and+Hove&amp;format=csv&amp;page=3\">next page</a>"
                + " · <a rel=\"last\" href=\"" + PATH + "?authority=Brighton+and+Hove&amp;format=csv&amp;page=3\">last page</a>"
                + "</p></nav>\n", links(2, 201).navigation());
    }
}
