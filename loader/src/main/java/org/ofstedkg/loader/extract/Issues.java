package org.ofstedkg.loader.extract;

import java.util.List;
import java.util.Optional;
import org.ofstedkg.loader.gazetteer.Authority;
import org.ofstedkg.loader.report.LoadIssue;

/** Collects the problems met extracting one document, each naming the file. */
final class Issues {

    private final String fileName;
    private final List<LoadIssue> issues;

    Issues(String fileName, List<LoadIssue> issues) {
        this.fileName = fileName;
        this.issues = issues;
    }

    void warn(String message) {
        issues.add(new LoadIssue(LoadIssue.Level.WARNING, fileName, 0, message));
    }

    void conflict(int page, String message) {
        issues.add(new LoadIssue(LoadIssue.Level.CONFLICT, fileName, page, message));
    }

    /** Takes the authority the body names most, noting that the title block named none. */
    Optional<PageOne.NamedAuthority> authorityFromBody(Optional<Authority> mostMentioned) {
        mostMentioned.ifPresent(a -> warn("no authority in the title block; " + a.name() + " told from the body text"));
        return mostMentioned.map(a -> new PageOne.NamedAuthority(a, null));
    }
}
