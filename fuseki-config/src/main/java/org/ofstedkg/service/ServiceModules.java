package org.ofstedkg.service;

import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.sys.FusekiModule;

/**
 * The project's Fuseki modules, in the order they are prepared: the one list both {@code kg serve}
 * ({@link KnowledgeGraphServer}) and a stock Fuseki ({@link KnowledgeGraphAutoModule}) serve from. A new module
 * (another set of paths) is added here, once.
 */
public final class ServiceModules {

    private ServiceModules() {}

    /**
     * The modules, with the most rows an HTML page lists per table and the time after which a saved query is
     * cancelled.
     */
    public static List<FusekiModule> all(int htmlRowCap, Duration queryTimeout) {
        return List.of(new LinkedDataModule(htmlRowCap), new SavedQueryModule(queryTimeout.toMillis()),
                new PicturesModule());
    }
}
