package org.ofstedkg.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.ofstedkg.loader.store.TextIndex;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/**
 * The ofsted-kg service: Fuseki main started from the project's assembler file ({@code fuseki-config/config.ttl},
 * or its in-memory twin {@code config-test.ttl}) with the {@link LinkedDataModule} and the {@link PicturesModule} added.
 *
 * <p>The assembler graph is the file as a Fuseki user reads it, with only what a deployment chooses set in it: the
 * database and text-index paths, the query timeout and, when a password file is given, a second service
 * {@value #ADMIN_SERVICE} over the same dataset that takes SPARQL Update and Graph Store writes from the users of
 * that file. Without a password file there is no way to change data over HTTP.
 */
public final class KnowledgeGraphServer {

    /** The public, read-only service. */
    public static final String SERVICE = "ds";
    /** The authenticated service that accepts updates, present only when credentials are configured. */
    public static final String ADMIN_SERVICE = "ds-admin";
    /** The assembler file of a deployment, on the class path (the jar carries {@code fuseki-config/config.ttl}). */
    public static final String CONFIG = "ofsted-kg/fuseki/config.ttl";
    /** Its in-memory twin. */
    public static final String CONFIG_IN_MEMORY = "ofsted-kg/fuseki/config-test.ttl";

    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String TEXT = "http://jena.apache.org/text#";

    private KnowledgeGraphServer() {}

    /**
     * Builds the server (not started): the assembler graph for these settings, the linked-data module, and
     * authentication when an admin password file is set.
     */
    public static FusekiServer build(ServiceSettings settings) {
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .parseConfig(configuration(settings))
                .fusekiModules(FusekiModules.create(new LinkedDataModule(settings.htmlRowCap()),
                        new SavedQueryModule(settings.queryTimeout().toMillis()), new PicturesModule()));
        settings.adminPasswordFile().ifPresent(file -> builder.passwordFile(file.toString()).auth(AuthScheme.BASIC));
        return builder.build();
    }

    /**
     * Builds and starts the server. {@code kg load} keeps the text index in step with the database; the index is
     * rebuilt here only when it is not (missing, or left by a process killed mid-write), and always for the
     * in-memory twin.
     */
    public static FusekiServer start(ServiceSettings settings) {
        FusekiServer server = build(settings).start();
        Optional<Path> index = settings.textIndex();
        if (index.isEmpty() || !TextIndex.inStep(index.get())) {
            TextIndex.rebuild(dataset(server));
            index.ifPresent(TextIndex::markInStep);
        }
        return server;
    }

    /** The dataset the public service answers from. */
    public static DatasetGraph dataset(FusekiServer server) {
        DataAccessPoint access = server.getDataAccessPointRegistry().get("/" + SERVICE);
        if (access == null) {
            throw new IllegalStateException("the configuration has no service /" + SERVICE);
        }
        return access.getDataService().getDataset();
    }

    /** The assembler graph for these settings: the bundled file with the deployment's choices set in it. */
    public static Model configuration(ServiceSettings settings) {
        Model config = readConfig(settings.database().isPresent() ? CONFIG : CONFIG_IN_MEMORY);
        settings.database().ifPresent(db -> {
            Resource tdb = onlySubjectOfType(config, TDB2 + "DatasetTDB2");
            replace(config, tdb, TDB2 + "location", config.createLiteral(db.toAbsolutePath().toString()));
            Resource index = onlySubjectOfType(config, TEXT + "TextIndexLucene");
            Path textIndex = settings.textIndex().orElseThrow();
            replace(config, index, TEXT + "directory", config.createLiteral(textIndex.toAbsolutePath().toString()));
        });
        setQueryTimeout(config, settings.queryTimeout().toMillis());
        settings.adminPasswordFile().ifPresent(file -> addAdminService(config, usersOf(file)));
        return config;
    }

    private static Model readConfig(String resource) {
        try (InputStream in = KnowledgeGraphServer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            Model model = ModelFactory.createDefaultModel();
            // The base keeps the file's relative IRIs (<#service>) the same wherever the file is read from.
            RDFParser.source(in).lang(Lang.TURTLE).base("urn:ofsted-kg:fuseki-config").parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static void setQueryTimeout(Model config, long millis) {
        Property cxtName = config.createProperty(JA + "cxtName");
        Property cxtValue = config.createProperty(JA + "cxtValue");
        List<Resource> settings = config.listSubjectsWithProperty(cxtName, "arq:queryTimeout").toList();
        if (settings.isEmpty()) {
            Resource server = onlySubjectOfType(config, FUSEKI + "Server");
            Resource setting = config.createResource().addProperty(cxtName, "arq:queryTimeout");
            server.addProperty(config.createProperty(JA + "context"), setting);
            settings = List.of(setting);
        }
        for (Resource setting : settings) {
            replace(config, setting, JA + "cxtValue", config.createLiteral(Long.toString(millis)));
        }
        if (!config.contains(null, cxtValue)) {
            throw new IllegalStateException("the query timeout was not set");
        }
    }

    /**
     * Adds the service {@value #ADMIN_SERVICE} over the public service's dataset (the assembler builds a dataset
     * once, so both services see the same data), open only to the named users.
     */
    private static void addAdminService(Model config, List<String> users) {
        Resource server = onlySubjectOfType(config, FUSEKI + "Server");
        Resource publicService = config.listSubjectsWithProperty(config.createProperty(FUSEKI + "name"), SERVICE)
                .nextOptional().orElseThrow(() -> new IllegalStateException("the configuration has no service " + SERVICE));
        RDFNode dataset = publicService.getRequiredProperty(config.createProperty(FUSEKI + "dataset")).getObject();
        Property endpoint = config.createProperty(FUSEKI + "endpoint");
        Property operation = config.createProperty(FUSEKI + "operation");
        Property name = config.createProperty(FUSEKI + "name");
        Resource admin = config.createResource("urn:ofsted-kg:fuseki-config#adminService")
                .addProperty(RDF.type, config.createResource(FUSEKI + "Service"))
                .addProperty(name, ADMIN_SERVICE)
                .addProperty(config.createProperty(FUSEKI + "dataset"), dataset);
        for (String user : users) {
            admin.addProperty(config.createProperty(FUSEKI + "allowedUsers"), user);
        }
        String[][] endpoints = {
            {"query", "sparql"}, {"update", "update"}, {"gsp-rw", "data"}, {"query", ""}, {"update", ""}, {"gsp-rw", ""}
        };
        for (String[] e : endpoints) {
            Resource ep = config.createResource().addProperty(operation, config.createResource(FUSEKI + e[0]));
            if (!e[1].isEmpty()) {
                ep.addProperty(name, e[1]);
            }
            admin.addProperty(endpoint, ep);
        }
        Statement services = server.getRequiredProperty(config.createProperty(FUSEKI + "services"));
        RDFList list = services.getObject().as(RDFList.class);
        services.changeObject(list.with(admin));
    }

    /** The user names of a Jetty password file ({@code name: password[, role ...]} per line, # comments). */
    static List<String> usersOf(Path passwordFile) {
        List<String> users = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(passwordFile)) {
                String trimmed = line.strip();
                int colon = trimmed.indexOf(':');
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && colon > 0) {
                    users.add(trimmed.substring(0, colon).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password file " + passwordFile, e);
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException(passwordFile + " names no user (expected lines 'name: password')");
        }
        return users;
    }

    private static Resource onlySubjectOfType(Model config, String type) {
        List<Resource> subjects = config.listSubjectsWithProperty(RDF.type, config.createResource(type)).toList();
        if (subjects.size() != 1) {
            throw new IllegalStateException("the configuration should have one " + type + ", not " + subjects.size());
        }
        return subjects.get(0);
    }

    private static void replace(Model config, Resource subject, String property, RDFNode value) {
        Property p = config.createProperty(property);
        subject.removeAll(p);
        subject.addProperty(p, value);
    }
}
